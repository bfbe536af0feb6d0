package org.dec4j.engine.dec;

import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.math.SoftAssignments;

/**
 * The formulas of Deep Embedded Clustering on plain row-major arrays: target distribution, KL divergence and its
 * gradient with respect to the embeddings and the centroids. The soft assignment q is the Student's t kernel of
 * {@link SoftAssignments#studentT}.
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
   * Target distribution that sharpens q and normalises by cluster frequency:
   * \[ p_{ij} = \frac{q_{ij}^2 / f_j}{\sum_{j'} q_{ij'}^2 / f_{j'}}, \quad f_j = \sum_i q_{ij} \]
   *
   * @param q n x k soft assignments
   * @param n rows
   * @param k clusters
   * @return p, n x k row-major
   */
  public static double[] targetDistribution(double[] q, int n, int k) {
    return targetDistribution(q, n, k, Assignments.columnSums(q, n, k));
  }

  /**
   * The target distribution with the frequencies given (a data-parallel fit sums them over all partitions).
   *
   * @param q n x k soft assignments
   * @param n rows
   * @param k clusters
   * @param f the soft cluster frequencies f_j
   * @return p, n x k row-major
   */
  public static double[] targetDistribution(double[] q, int n, int k, double[] f) {
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
        double d2 = Assignments.squaredDistance(z, i * dim, mu, j * dim, dim);
        double w = c * (p[i * k + j] - q[i * k + j]) / (1.0 + d2 / alpha);
        for (int t = 0; t < dim; t++) {
          double g = w * (z[i * dim + t] - mu[j * dim + t]);
          dLdz[i * dim + t] += g;
          dLdmu[j * dim + t] -= g;
        }
      }
    }
  }
}
