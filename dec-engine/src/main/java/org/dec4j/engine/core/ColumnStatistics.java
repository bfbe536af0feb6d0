package org.dec4j.engine.core;

import org.dec4j.api.config.Scaling;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.parallel.PartitionTask;
import org.dec4j.engine.scaling.FeatureScaler;

/**
 * The column statistics the scaling is fitted on, from every partition: the vector is the rows, the values that
 * are not finite, then per column the minimum, the maximum, the sum and the sum of squares (merged by minimum,
 * maximum and sums).
 */
final class ColumnStatistics implements PartitionTask {
  private static final long serialVersionUID = 1L;
  private final int d;

  ColumnStatistics(int d) {
    this.d = d;
  }

  @Override
  public double[] run(FloatMatrix rows, int partition) {
    double[] s = new double[2 + 4 * d];
    java.util.Arrays.fill(s, 2, 2 + d, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(s, 2 + d, 2 + 2 * d, Double.NEGATIVE_INFINITY);
    s[0] = rows.rows();
    for (int i = 0; i < rows.rows(); i++) {
      for (int j = 0; j < d; j++) {
        double v = rows.get(i, j);
        if (!Double.isFinite(v)) {
          s[1]++;
          continue;
        }
        s[2 + j] = Math.min(s[2 + j], v);
        s[2 + d + j] = Math.max(s[2 + d + j], v);
        s[2 + 2 * d + j] += v;
        s[2 + 3 * d + j] += v * v;
      }
    }
    return s;
  }

  @Override
  public double[] merge(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      int part = i < 2 ? 2 : (i - 2) / d;
      a[i] = part == 0 ? Math.min(a[i], b[i]) : part == 1 ? Math.max(a[i], b[i]) : a[i] + b[i];
    }
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
    double n = s[0];
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = s[2 + 2 * d + j] / n;
      sd[j] = Math.sqrt(Math.max(0, s[2 + 3 * d + j] / n - mean[j] * mean[j]));
    }
    return FeatureScaler.fromStatistics(java.util.Arrays.copyOfRange(s, 2, 2 + d), java.util.Arrays.copyOfRange(s,
        2 + d, 2 + 2 * d), mean, sd, method);
  }
}
