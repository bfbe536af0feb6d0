package org.dec4j.engine.init;

import org.dec4j.api.progress.CancellationToken;

/** Finds initial cluster centres for the latent vectors. */
public interface ClusterInitializer {
  /**
   * The outcome of an initialisation.
   *
   * @param centroids k x dim centres, row-major
   * @param labels nearest centre of each row
   * @param inertia sum of squared distances of rows to their centre
   */
  record Result(double[] centroids, int[] labels, double inertia) {
  }

  /**
   * @param x n x dim rows, row-major
   * @param n rows
   * @param dim columns
   * @param k clusters
   * @param restarts independent restarts, the best (lowest inertia) is kept
   * @param seed random seed
   * @param cancel checked between restarts
   * @return the centres
   */
  Result initialize(double[] x, int n, int dim, int k, int restarts, long seed, CancellationToken cancel);
}
