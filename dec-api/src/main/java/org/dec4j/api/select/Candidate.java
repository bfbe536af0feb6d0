package org.dec4j.api.select;

/**
 * One (K, latent size) of a sweep, measured without labels; means over the seeds.
 *
 * @param k number of clusters
 * @param latent latent size
 * @param silhouette mean silhouette in the latent space (NaN if every run put all rows in one cluster)
 * @param daviesBouldin mean Davies-Bouldin index in the latent space
 * @param stability mean pairwise adjusted Rand index between the seeds' clusterings (NaN with one seed)
 * @param smallestShare mean share of the rows in the smallest cluster
 */
public record Candidate(int k, int latent, double silhouette, double daviesBouldin, double stability,
    double smallestShare) {
}
