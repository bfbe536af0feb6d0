package org.dec4j.engine.math;

/**
 * The three rules by which the family's models turn a network's output into soft assignments, in plain Java: DEC's
 * Student's t kernel around centroids, the posterior of a diagonal Gaussian mixture, and the row-wise softmax of K
 * logits.
 */
public final class SoftAssignments {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private SoftAssignments() {
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
  public static double[] studentT(double[] z, int n, int dim, double[] mu, int k, double alpha) {
    return studentT(z, n, dim, mu, k, alpha, new double[n * k]);
  }

  /**
   * {@link #studentT(double[], int, int, double[], int, double)} into a given array (a training step's buffer).
   *
   * @param q out: n x k row-major (overwritten)
   * @return q
   */
  public static double[] studentT(double[] z, int n, int dim, double[] mu, int k, double alpha, double[] q) {
    double exponent = -(alpha + 1.0) / 2.0;
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int j = 0; j < k; j++) {
        double d2 = org.dec4j.engine.core.Assignments.squaredDistance(z, i * dim, mu, j * dim, dim);
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
   * Posterior of a Gaussian mixture with diagonal covariances:
   * \[ \gamma_{ic} = \frac{\pi_c\, \mathcal N(z_i; \mu_c, \operatorname{diag}\sigma_c^2)}
   *    {\sum_{c'} \pi_{c'}\, \mathcal N(z_i; \mu_{c'}, \operatorname{diag}\sigma_{c'}^2)} \]
   * computed in log space.
   *
   * @param z n x dim points, row-major
   * @param n rows
   * @param dim dimension
   * @param weights k mixture weights pi_c (positive)
   * @param means k x dim means, row-major
   * @param variances k x dim variances, row-major (positive)
   * @param k components
   * @return n x k posteriors, row-major
   */
  public static double[] gaussianMixture(double[] z, int n, int dim, double[] weights, double[] means, double[] variances,
      int k) {
    double[] g = new double[n * k];
    double[] logNorm = new double[k];
    for (int c = 0; c < k; c++) {
      double s = Math.log(weights[c]) - 0.5 * dim * LOG_2PI;
      for (int t = 0; t < dim; t++) {
        s -= 0.5 * Math.log(variances[c * dim + t]);
      }
      logNorm[c] = s;
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double s = logNorm[c];
        for (int t = 0; t < dim; t++) {
          double diff = z[i * dim + t] - means[c * dim + t];
          s -= 0.5 * diff * diff / variances[c * dim + t];
        }
        g[i * k + c] = s;
      }
      softmaxInPlace(g, i * k, k);
    }
    return g;
  }

  /**
   * Row-wise softmax, stable for large logits.
   *
   * @param logits n x k, row-major
   * @param n rows
   * @param k columns
   * @return n x k probabilities, row-major
   */
  public static double[] softmax(double[] logits, int n, int k) {
    return softmax(logits, n, k, new double[n * k]);
  }

  /**
   * {@link #softmax(double[], int, int)} into a given array (a training step's buffer).
   *
   * @param p out: n x k probabilities (overwritten; may be logits itself)
   * @return p
   */
  public static double[] softmax(double[] logits, int n, int k, double[] p) {
    System.arraycopy(logits, 0, p, 0, n * k);
    for (int i = 0; i < n; i++) {
      softmaxInPlace(p, i * k, k);
    }
    return p;
  }

  /** a[off..off+k) := softmax(a[off..off+k)). */
  static void softmaxInPlace(double[] a, int off, int k) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      max = Math.max(max, a[off + c]);
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      double e = Math.exp(a[off + c] - max);
      a[off + c] = e;
      sum += e;
    }
    for (int c = 0; c < k; c++) {
      a[off + c] /= sum;
    }
  }

  /**
   * \[ \log \sum_{c} e^{a_c} = a_{max} + \log \sum_c e^{a_c - a_{max}} \]
   *
   * @param a values
   * @param off first
   * @param k count
   * @return the log of the sum of the exponentials, without overflow
   */
  public static double logSumExp(double[] a, int off, int k) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      max = Math.max(max, a[off + c]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      sum += Math.exp(a[off + c] - max);
    }
    return max + Math.log(sum);
  }
}
