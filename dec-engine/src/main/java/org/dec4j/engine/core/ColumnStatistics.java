package org.dec4j.engine.core;

import org.dec4j.api.config.Scaling;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.parallel.PartitionTask;
import org.dec4j.engine.scaling.FeatureScaler;

/**
 * The column statistics the scaling is fitted on, from every partition: the vector is the rows, the values that
 * are not finite, then per column the minimum, the maximum, the mean and the sum of squared deviations from it
 * (two passes over the partition, merged by Chan, Golub and LeVeque's pairwise formula, so that a column of large
 * mean and small spread keeps its variance as {@link FeatureScaler#fit}'s two passes over all rows do).
 */
final class ColumnStatistics implements PartitionTask {
  private static final long serialVersionUID = 1L;
  private final int d;

  ColumnStatistics(int d) {
    this.d = d;
  }

  @Override
  public double[] run(FloatMatrix rows, int partition) {
    int n = rows.rows();
    if (n == 0) {
      return new double[0];
    }
    double[] s = new double[2 + 4 * d];
    java.util.Arrays.fill(s, 2, 2 + d, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(s, 2 + d, 2 + 2 * d, Double.NEGATIVE_INFINITY);
    s[0] = n;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = rows.get(i, j);
        if (!Double.isFinite(v)) {
          s[1]++;
          continue;
        }
        s[2 + j] = Math.min(s[2 + j], v);
        s[2 + d + j] = Math.max(s[2 + d + j], v);
        s[2 + 2 * d + j] += v / n;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = rows.get(i, j) - s[2 + 2 * d + j];
        s[2 + 3 * d + j] += Double.isFinite(v) ? v * v : 0;
      }
    }
    return s;
  }

  @Override
  public double[] merge(double[] a, double[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length == 0 ? b : a;
    }
    double na = a[0];
    double nb = b[0];
    double n = na + nb;
    for (int j = 0; j < d; j++) {
      a[2 + j] = Math.min(a[2 + j], b[2 + j]);
      a[2 + d + j] = Math.max(a[2 + d + j], b[2 + d + j]);
      double delta = b[2 + 2 * d + j] - a[2 + 2 * d + j];
      a[2 + 2 * d + j] += delta * nb / n;
      a[2 + 3 * d + j] += b[2 + 3 * d + j] + delta * delta * na * nb / n;
    }
    a[0] = n;
    a[1] += b[1];
    return a;
  }

  /**
   * @param s the statistics of all partitions
   * @param method the scaling method (AUTO resolved from the minima and maxima)
   * @return the scaling they give, as {@link FeatureScaler#fit} gives it on all rows
   * @throws IllegalArgumentException if a value was not finite
   */
  static FeatureScaler scaler(double[] s, Scaling method) {
    if (s[1] > 0) {
      throw new IllegalArgumentException((long) s[1] + " values are not finite numbers (NaN or infinite)");
    }
    int d = (s.length - 2) / 4;
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(s[2 + 3 * d + j] / s[0]);
    }
    return FeatureScaler.fromStatistics(java.util.Arrays.copyOfRange(s, 2, 2 + d), java.util.Arrays.copyOfRange(s,
        2 + d, 2 + 2 * d), java.util.Arrays.copyOfRange(s, 2 + 2 * d, 2 + 3 * d), sd, method);
  }
}
