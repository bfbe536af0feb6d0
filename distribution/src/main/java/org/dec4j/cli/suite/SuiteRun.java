package org.dec4j.cli.suite;

import org.dec4j.api.model.ClusteringEffect;
import org.dec4j.cli.compare.ClusteringMethod;
import org.dec4j.cli.compare.RunResult;
import org.dec4j.cli.eval.ExternalMeasures;

/**
 * One method on one data set with one seed: a row of {@code suite.csv}.
 *
 * @param set the data set
 * @param method the method's id ({@code dec}, {@code weka-kmeans})
 * @param engine whether the method is a dec4j engine
 * @param seed the seed
 * @param external ACC, NMI and ARI against the classes, or null if the run failed
 * @param smallestShare the smallest cluster's size over the size of equal clusters (n / K): 1 for equal sizes, 0
 *     with an empty cluster; NaN if the run failed
 * @param seconds what the run cost (a dec4j engine: its own phases, pretraining included)
 * @param peakMegabytes the JVM's peak resident memory during the run, or NaN if unknown
 * @param effect what a dec4j engine's clustering phase did to its k-means start, or null
 * @param error why the run failed, or null
 */
public record SuiteRun(DataSetInfo set, String method, boolean engine, long seed, ExternalMeasures external,
    double smallestShare, double seconds, double peakMegabytes, ClusteringEffect effect, String error) {

  /**
   * @param set the data set
   * @param method the method
   * @param r its run
   * @return the row
   */
  public static SuiteRun of(DataSetInfo set, ClusteringMethod method, RunResult r) {
    return new SuiteRun(set, method.id(), method.engine() != null, r.seed(), r.external(),
        r.ok() ? smallestShare(r.labels(), set.k()) : Double.NaN, r.seconds(), r.peakMegabytes(), r.effect(),
        r.error());
  }

  /**
   * @param set the data set
   * @param method the method
   * @param seed the seed
   * @param error why it could not run
   * @return a failed run
   */
  public static SuiteRun failed(DataSetInfo set, ClusteringMethod method, long seed, String error) {
    return new SuiteRun(set, method.id(), method.engine() != null, seed, null, Double.NaN, 0, Double.NaN, null,
        error);
  }

  /**
   * @param labels cluster of each row, 0..k-1
   * @param k the number of clusters asked for
   * @return the smallest cluster's size times K over the number of rows
   */
  static double smallestShare(int[] labels, int k) {
    int[] sizes = new int[k];
    for (int l : labels) {
      if (l >= 0 && l < k) {
        sizes[l]++;
      }
    }
    int min = Integer.MAX_VALUE;
    for (int s : sizes) {
      min = Math.min(min, s);
    }
    return labels.length == 0 ? Double.NaN : (double) min * k / labels.length;
  }

  /** @return whether the run produced a clustering */
  public boolean ok() {
    return error == null;
  }
}
