package org.dec4j.cli.compare;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.ClusteringEffect;

/** One clustering method of the comparison, run on the features every method gets. */
public interface ClusteringMethod {
  /**
   * What one run gave.
   *
   * @param labels cluster of each row (0..K-1)
   * @param embedding the rows in the space the method clustered in (a deep engine's latent space), or null
   * @param seconds what the run costs on its own, where that differs from its wall time here (a deep engine
   *     that reused the pretraining of the run before counts that pretraining's time), or NaN for the wall time
   * @param effect what a deep engine's clustering phase did to its k-means start, or null (classical methods, and
   *     engines without such a start)
   */
  record Run(int[] labels, FloatMatrix embedding, double seconds, ClusteringEffect effect) {
    /**
     * @param labels cluster of each row
     * @param embedding the rows in the method's space, or null
     */
    public Run(int[] labels, FloatMatrix embedding) {
      this(labels, embedding, Double.NaN, null);
    }
  }

  /** @return the name shown in the table */
  String name();

  /** @return the short name {@code --methods} knows it by ({@code dec}, {@code weka-kmeans}) */
  String id();

  /** @return the dec4j engine it runs, or null for a classical method */
  default String engine() {
    return null;
  }

  /**
   * @param x features, as loaded
   * @param k clusters
   * @param seed seed of this run
   * @return the clustering
   * @throws Exception if the method fails (the comparison records it and goes on)
   */
  Run run(FloatMatrix x, int k, long seed) throws Exception;
}
