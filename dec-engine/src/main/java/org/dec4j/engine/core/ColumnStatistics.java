package org.dec4j.engine.core;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.parallel.PartitionTask;

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
}
