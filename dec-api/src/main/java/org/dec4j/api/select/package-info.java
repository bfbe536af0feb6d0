/**
 * Choosing the number of clusters K (and the latent size) without labels, the same way in every front-end: fit
 * each candidate with an engine, measure it in the latent space (silhouette, Davies-Bouldin), across seeds
 * (stability: mean pairwise adjusted Rand index) and for collapse (smallest cluster share), then recommend one by a
 * stated rule ({@link org.dec4j.api.select.Recommendation}).
 */
package org.dec4j.api.select;
