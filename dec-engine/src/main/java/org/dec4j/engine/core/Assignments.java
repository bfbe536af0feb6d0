package org.dec4j.engine.core;

/**
 * What every engine computes from soft assignments q (n x k, row-major) and hard labels, as pure functions on plain
 * arrays: the labels, the cluster sizes and means, the share of labels that changed, and the entropy the collapse
 * watch follows.
 */
public final class Assignments {
  private Assignments() {
  }

  /**
   * @param q n x k soft assignments
   * @param n rows
   * @param k clusters
   * @return index of the largest q_ij of each row (the first of equal values)
   */
  public static int[] hard(double[] q, int n, int k) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (q[i * k + j] > q[i * k + best]) {
          best = j;
        }
      }
      a[i] = best;
    }
    return a;
  }

  /**
   * Entropy of the mean soft assignment, normalised to [0, 1]:
   * \[ H = -\frac{1}{\log K} \sum_j \bar q_j \log \bar q_j, \quad \bar q_j = \frac{1}{n} \sum_i q_{ij} \]
   * 1 means every cluster is used equally, 0 that one cluster takes every row.
   *
   * @param q n x k soft assignments
   * @param n rows
   * @param k clusters
   * @return normalised entropy
   */
  public static double normalizedMeanEntropy(double[] q, int n, int k) {
    double[] f = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        f[j] += q[i * k + j] / n;
      }
    }
    double h = 0;
    for (double v : f) {
      if (v > 0) {
        h -= v * Math.log(v);
      }
    }
    return h / Math.log(k);
  }

  /**
   * @param labels cluster of each row
   * @param k clusters
   * @return number of rows in each cluster
   */
  public static int[] clusterSizes(int[] labels, int k) {
    int[] s = new int[k];
    for (int l : labels) {
      s[l]++;
    }
    return s;
  }

  /**
   * @param a labels
   * @param b labels of the same rows
   * @return share of rows whose label differs
   */
  public static double changedShare(int[] a, int[] b) {
    int c = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        c++;
      }
    }
    return a.length == 0 ? 0 : (double) c / a.length;
  }

  /**
   * The mean of each cluster's rows (zero for an empty cluster):
   * \[ c_j = \frac{1}{|C_j|} \sum_{i \in C_j} z_i \]
   *
   * @param z n x dim, row-major
   * @param n rows
   * @param dim columns
   * @param labels cluster of each row
   * @param k clusters
   * @return k x dim means, row-major
   */
  public static double[] clusterMeans(double[] z, int n, int dim, int[] labels, int k) {
    double[] means = new double[k * dim];
    int[] sizes = clusterSizes(labels, k);
    for (int i = 0; i < n; i++) {
      int j = labels[i];
      for (int t = 0; t < dim; t++) {
        means[j * dim + t] += z[i * dim + t] / sizes[j];
      }
    }
    return means;
  }

  /**
   * @param x first array
   * @param xo offset of the first vector
   * @param y second array
   * @param yo offset of the second vector
   * @param dim length
   * @return squared Euclidean distance
   */
  public static double squaredDistance(double[] x, int xo, double[] y, int yo, int dim) {
    double s = 0;
    for (int t = 0; t < dim; t++) {
      double d = x[xo + t] - y[yo + t];
      s += d * d;
    }
    return s;
  }

  /**
   * @param q n x k soft assignments, row-major
   * @param n rows
   * @param k clusters
   * @return each cluster's sum of soft assignments (DEC's soft frequency f_j)
   */
  public static double[] columnSums(double[] q, int n, int k) {
    double[] f = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        f[j] += q[i * k + j];
      }
    }
    return f;
  }
}
