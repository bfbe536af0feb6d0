package org.dec4j.engine.math;

/**
 * The two assignment rules besides DEC's Student's t kernel ({@link DecMath#softAssignments}), in plain Java:
 * the posterior of a diagonal Gaussian mixture and the row-wise softmax.
 */
public final class MixtureMath {
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private MixtureMath() {
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
  public static double[] posterior(double[] z, int n, int dim, double[] weights, double[] means, double[] variances,
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
    double[] p = logits.clone();
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
}
