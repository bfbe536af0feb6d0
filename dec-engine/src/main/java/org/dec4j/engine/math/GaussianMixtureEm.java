package org.dec4j.engine.math;

/**
 * Expectation-maximisation for a Gaussian mixture with diagonal covariances, in plain Java on row-major arrays.
 * It maximises the log-likelihood
 * \[ \ell = \sum_i \log \sum_c \pi_c\, \mathcal N(x_i; \mu_c, \operatorname{diag}\sigma_c^2) \]
 * from a hard partition (k-means) as the start, keeping every variance at least {@code varianceFloor} times the
 * data's overall variance of that dimension so that no component shrinks onto a single point.
 *
 * <p>Reference: A. P. Dempster, N. M. Laird, D. B. Rubin: Maximum Likelihood from Incomplete Data via the EM
 * Algorithm. Journal of the Royal Statistical Society B 39(1), 1977.</p>
 */
public final class GaussianMixtureEm {
  /** Relative variance floor used unless told otherwise. */
  public static final double DEFAULT_VARIANCE_FLOOR = 1e-4;

  private GaussianMixtureEm() {
  }

  /**
   * A fitted mixture.
   *
   * @param weights k mixture weights
   * @param means k x dim, row-major
   * @param variances k x dim, row-major
   * @param logLikelihood mean log-likelihood per row at the end
   * @param iterations EM iterations run
   */
  public record Mixture(double[] weights, double[] means, double[] variances, double logLikelihood,
      int iterations) {
  }

  /**
   * The M step of a hard partition: shares, means and per-dimension variances of each part (an empty part gets
   * weight ~0, the overall mean and variance).
   *
   * @param x n x dim rows
   * @param n rows
   * @param dim dimension
   * @param labels part of each row, in [0, k)
   * @param k parts
   * @param varianceFloor relative floor
   * @return the mixture of the partition
   */
  public static Mixture fromPartition(double[] x, int n, int dim, int[] labels, int k, double varianceFloor) {
    double[] r = new double[n * k];
    for (int i = 0; i < n; i++) {
      r[i * k + labels[i]] = 1;
    }
    return maximise(x, n, dim, r, k, varianceFloor, Double.NaN, 0);
  }

  /**
   * EM from a start until the mean log-likelihood improves by less than {@code tolerance} or
   * {@code maxIterations} iterations ran.
   *
   * @param x n x dim rows
   * @param n rows
   * @param dim dimension
   * @param start starting mixture
   * @param maxIterations at most this many E+M steps
   * @param tolerance stop when the mean log-likelihood gains less
   * @param varianceFloor relative floor
   * @return the fitted mixture
   */
  public static Mixture fit(double[] x, int n, int dim, Mixture start, int maxIterations, double tolerance,
      double varianceFloor) {
    int k = start.weights().length;
    Mixture m = start;
    double previous = Double.NEGATIVE_INFINITY;
    for (int it = 1; it <= maxIterations; it++) {
      double[] r = new double[n * k];
      double ll = expect(x, n, dim, m, r);
      m = maximise(x, n, dim, r, k, varianceFloor, ll, it);
      if (ll - previous < tolerance) {
        break;
      }
      previous = ll;
    }
    double[] r = new double[n * k];
    double ll = expect(x, n, dim, m, r);
    return new Mixture(m.weights(), m.means(), m.variances(), ll, m.iterations());
  }

  /** E step: responsibilities into r; returns the mean log-likelihood. */
  static double expect(double[] x, int n, int dim, Mixture m, double[] r) {
    int k = m.weights().length;
    double[] logNorm = new double[k];
    for (int c = 0; c < k; c++) {
      double s = Math.log(Math.max(m.weights()[c], Double.MIN_NORMAL)) - 0.5 * dim * Math.log(2 * Math.PI);
      for (int t = 0; t < dim; t++) {
        s -= 0.5 * Math.log(m.variances()[c * dim + t]);
      }
      logNorm[c] = s;
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        double s = logNorm[c];
        for (int t = 0; t < dim; t++) {
          double d = x[i * dim + t] - m.means()[c * dim + t];
          s -= 0.5 * d * d / m.variances()[c * dim + t];
        }
        r[i * k + c] = s;
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int c = 0; c < k; c++) {
        double e = Math.exp(r[i * k + c] - max);
        r[i * k + c] = e;
        sum += e;
      }
      for (int c = 0; c < k; c++) {
        r[i * k + c] /= sum;
      }
      total += max + Math.log(sum);
    }
    return total / n;
  }

  /** M step from responsibilities. */
  private static Mixture maximise(double[] x, int n, int dim, double[] r, int k, double varianceFloor, double ll,
      int iterations) {
    double[] overall = columnMeans(x, n, dim);
    double[] overallVar = columnVariances(x, n, dim, overall);
    double[] w = new double[k];
    double[] mean = new double[k * dim];
    double[] var = new double[k * dim];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double ric = r[i * k + c];
        if (ric == 0) {
          continue;
        }
        w[c] += ric;
        for (int t = 0; t < dim; t++) {
          mean[c * dim + t] += ric * x[i * dim + t];
        }
      }
    }
    for (int c = 0; c < k; c++) {
      for (int t = 0; t < dim; t++) {
        mean[c * dim + t] = w[c] > 0 ? mean[c * dim + t] / w[c] : overall[t];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double ric = r[i * k + c];
        if (ric == 0) {
          continue;
        }
        for (int t = 0; t < dim; t++) {
          double d = x[i * dim + t] - mean[c * dim + t];
          var[c * dim + t] += ric * d * d;
        }
      }
    }
    for (int c = 0; c < k; c++) {
      for (int t = 0; t < dim; t++) {
        double v = w[c] > 0 ? var[c * dim + t] / w[c] : overallVar[t];
        var[c * dim + t] = Math.max(v, Math.max(varianceFloor * overallVar[t], 1e-12));
      }
      w[c] = Math.max(w[c] / n, 1e-12);
    }
    return new Mixture(w, mean, var, ll, iterations);
  }

  private static double[] columnMeans(double[] x, int n, int dim) {
    double[] m = new double[dim];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < dim; t++) {
        m[t] += x[i * dim + t] / n;
      }
    }
    return m;
  }

  private static double[] columnVariances(double[] x, int n, int dim, double[] mean) {
    double[] v = new double[dim];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < dim; t++) {
        double d = x[i * dim + t] - mean[t];
        v[t] += d * d / n;
      }
    }
    return v;
  }
}
