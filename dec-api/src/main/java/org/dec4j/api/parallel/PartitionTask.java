package org.dec4j.api.parallel;

import org.dec4j.api.data.FloatMatrix;

import java.io.Serializable;

/**
 * Work an engine sends to every partition: it reads the partition's rows and returns a vector, and the vectors of
 * all partitions are combined pairwise by {@link #merge} (a tree of merges; the order is not fixed, so merge must
 * be associative and commutative). A partition without rows gives the empty vector, which adds nothing: the
 * default merge returns the other vector, and an implementation of {@link PartitionedRows} may skip it. The task
 * is serialised to the workers with its fields; large state goes in a {@link Shared} value.
 */
public interface PartitionTask extends Serializable {
  /**
   * @param rows the partition's rows (unscaled, as the data set holds them)
   * @param partition the partition's index, from 0
   * @return this partition's vector
   */
  double[] run(FloatMatrix rows, int partition);

  /**
   * Combines two partitions' vectors; by default their element-wise sum.
   *
   * @param a one result (may be overwritten and returned)
   * @param b another of the same length (or either empty: a partition without rows)
   * @return the combination
   */
  default double[] merge(double[] a, double[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length == 0 ? b : a;
    }
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
    return a;
  }
}
