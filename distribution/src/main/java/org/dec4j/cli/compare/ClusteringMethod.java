package org.dec4j.cli.compare;

import org.dec4j.api.data.FloatMatrix;

/** One clustering method of the comparison, run on the features every method gets. */
public interface ClusteringMethod {
  /**
   * What one run gave.
   *
   * @param labels cluster of each row (0..K-1)
   * @param embedding the rows in the space the method clustered in (a deep engine's latent space), or null
   */
  record Run(int[] labels, FloatMatrix embedding) {
  }

  /** @return the name shown in the table */
  String name();

  /**
   * @param x features, as loaded
   * @param k clusters
   * @param seed seed of this run
   * @return the clustering
   * @throws Exception if the method fails (the comparison records it and goes on)
   */
  Run run(FloatMatrix x, int k, long seed) throws Exception;
}
