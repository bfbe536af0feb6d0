package org.dec4j.engine.math;

/**
 * The formulas of Deep Embedded Clustering on plain row-major arrays: soft assignment, target distribution,
 * KL divergence and its gradient with respect to the embeddings and the centroids.
 *
 * <p>Symbols follow the paper: z_i is the embedding of row i, mu_j the centroid of cluster j, alpha the
 * degrees of freedom of the Student's t kernel, q_ij the soft assignment, f_j = sum_i q_ij the soft cluster
 * frequency and p_ij the target distribution.</p>
 *
 * <p>Reference: J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for Clustering Analysis. ICML 2016,
 * equations (1) to (5).</p>
 */
public final class DecMath {
  private DecMath() {
  }

  /**
   * Soft assignment by a Student's t kernel:
   * \[ q_{ij} = \frac{(1 + \|z_i - \mu_j\|^2/\alpha)^{-\frac{\alpha+1}{2}}}
   *                 {\sum_{j'} (1 + \|z_i - \mu_{j'}\|^2/\alpha)^{-\frac{\alpha+1}{2}}} \]
   *
   * @param z n x dim embeddings, row-major
   * @param n rows
   * @param dim latent size
   * @param mu k x dim centroids, row-major
   * @param k clusters
   * @param alpha degrees of freedom
   * @return q, n x k row-major; each row sums to 1
   */
  public static double[] softAssignments(double[] z, int n, int dim, double[] mu, int k, double alpha) {
    double[] q = new double[n * k];
    double exponent = -(alpha + 1.0) / 2.0;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double d2 = squaredDistance(z, i * dim, mu, j * dim, dim);
        double v = alpha == 1.0 ? 1.0 / (1.0 + d2) : Math.pow(1.0 + d2 / alpha, exponent);
        q[i * k + j] = v;
        sum += v;
      }
      for (int j = 0; j < k; j++) {
        q[i * k + j] /= sum;
      }
    }
    return q;
  }

  /**
   * Target distribution that sharpens q and normalises by cluster frequency:
   * \[ p_{ij} = \frac{q_{ij}^2 / f_j}{\sum_{j'} q_{ij'}^2 / f_{j'}}, \quad f_j = \sum_i q_{ij} \]
   *
   * @param q n x k soft assignments
   * @param n rows
   * @param k clusters
   * @return p, n x k row-major
   */
  public static double[] targetDistribution(double[] q, int n, int k) {
    double[] f = new double[k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        f[j] += q[i * k + j];
      }
    }
    double[] p = new double[n * k];
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double v = f[j] > 0 ? q[i * k + j] * q[i * k + j] / f[j] : 0;
        p[i * k + j] = v;
        sum += v;
      }
      for (int j = 0; j < k; j++) {
        p[i * k + j] = sum > 0 ? p[i * k + j] / sum : 1.0 / k;
      }
    }
    return p;
  }

  /**
   * Clustering loss, summed over rows:
   * \[ L = KL(P \| Q) = \sum_i \sum_j p_{ij} \log \frac{p_{ij}}{q_{ij}} \]
   * Terms with p_ij = 0 contribute 0.
   *
   * @param p n x k target
   * @param q n x k soft assignments
   * @param n rows
   * @param k clusters
   * @return the divergence
   */
  public static double klDivergence(double[] p, double[] q, int n, int k) {
    double s = 0;
    for (int i = 0; i < n * k; i++) {
      if (p[i] > 0) {
        s += p[i] * Math.log(p[i] / Math.max(q[i], Double.MIN_NORMAL));
      }
    }
    return s;
  }

  /**
   * Gradient of L = KL(P||Q) with P held fixed, scaled by {@code scale} (1/n for a batch mean):
   * \[ \frac{\partial L}{\partial z_i} = \frac{\alpha+1}{\alpha} \sum_j
   *     (1 + \|z_i-\mu_j\|^2/\alpha)^{-1} (p_{ij} - q_{ij}) (z_i - \mu_j) \]
   * \[ \frac{\partial L}{\partial \mu_j} = -\frac{\alpha+1}{\alpha} \sum_i
   *     (1 + \|z_i-\mu_j\|^2/\alpha)^{-1} (p_{ij} - q_{ij}) (z_i - \mu_j) \]
   *
   * @param z n x dim embeddings
   * @param n rows
   * @param dim latent size
   * @param mu k x dim centroids
   * @param k clusters
   * @param alpha degrees of freedom
   * @param p n x k target
   * @param q n x k soft assignments of these z and mu
   * @param scale factor applied to both gradients
   * @param dLdz out: n x dim gradient with respect to z (overwritten)
   * @param dLdmu out: k x dim gradient with respect to mu (overwritten)
   */
  public static void klGradient(double[] z, int n, int dim, double[] mu, int k, double alpha, double[] p,
      double[] q, double scale, double[] dLdz, double[] dLdmu) {
    java.util.Arrays.fill(dLdz, 0, n * dim, 0.0);
    java.util.Arrays.fill(dLdmu, 0, k * dim, 0.0);
    double c = (alpha + 1.0) / alpha * scale;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double d2 = squaredDistance(z, i * dim, mu, j * dim, dim);
        double w = c * (p[i * k + j] - q[i * k + j]) / (1.0 + d2 / alpha);
        for (int t = 0; t < dim; t++) {
          double g = w * (z[i * dim + t] - mu[j * dim + t]);
          dLdz[i * dim + t] += g;
          dLdmu[j * dim + t] -= g;
        }
      }
    }
  }

  /**
   * @param q n x k soft assignments
   * @param n rows
   * @param k clusters
   * @return index of the largest q_ij of each row
   */
  public static int[] hardAssignments(double[] q, int n, int k) {
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
}
