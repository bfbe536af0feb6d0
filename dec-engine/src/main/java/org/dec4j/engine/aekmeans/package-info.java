/** The "ae-kmeans" engine: the DEC paper's baseline, k-means on the latent vectors of the pretrained autoencoder. */
package org.dec4j.engine.aekmeans;
