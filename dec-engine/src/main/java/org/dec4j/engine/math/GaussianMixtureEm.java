package org.dec4j.engine.math;

/**
 * A Gaussian mixture with diagonal covariances fitted by expectation maximisation, in plain Java: started from a
 * hard partition (k-means: means = its centroids, variances = each cluster's per-dimension variance, weights =
 * its share of the rows), then EM steps
 * \[ \gamma_{ic} = \frac{\pi_c \mathcal N(z_i; \mu_c, \operatorname{diag} \sigma_c^2)}{\sum_{c'} \pi_{c'}
 *    \mathcal N(z_i; \mu_{c'}, \operatorname{diag} \sigma_{c'}^2)}, \quad N_c = \sum_i \gamma_{ic}, \quad
 *    \pi_c = \frac{N_c}{n}, \quad \mu_c = \frac{1}{N_c} \sum_i \gamma_{ic} z_i, \quad
 *    \sigma_{cd}^2 = \max\Big(\frac{1}{N_c} \sum_i \gamma_{ic} (z_{id} - \mu_{cd})^2,\ f_d\Big) \]
 * with a per-dimension variance floor f_d that keeps a component from shrinking onto a few points.
 *
 * <p>Reference: A. P. Dempster, N. M. Laird, D. B. Rubin: Maximum Likelihood from Incomplete Data via the EM
 * Algorithm. JRSS B 39(1), 1977.</p>
 */
public final class GaussianMixtureEm {
  private static final double LOG_2PI = Math.log(2 * Math.PI);
  /** Responsibility mass under which a component keeps its parameters in the M-step. */
  private static final double EMPTY = 1e-8;

  private GaussianMixtureEm() {
  }

  /**
   * The parameters of a diagonal Gaussian mixture.
   *
   * @param weights k mixture weights pi_c
   * @param means k x dim means mu_c, row-major
   * @param variances k x dim variances sigma_c^2, row-major
   */
  public record Mixture(double[] weights, double[] means, double[] variances) {
    /** @return number of components */
    public int k() {
      return weights.length;
    }
  }

  /**
   * The variance floor of each dimension: a share of the variance of all rows in that dimension.
   * \[ f_d = \max(s \cdot \operatorname{Var}_i z_{id},\ 10^{-12}) \]
   *
   * @param z n x dim rows, row-major
   * @param n rows
   * @param dim dimension
   * @param share s
   * @return dim floors
   */
  public static double[] varianceFloor(double[] z, int n, int dim, double share) {
    double[] mean = new double[dim];
    double[] var = new double[dim];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < dim; t++) {
        mean[t] += z[i * dim + t] / n;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < dim; t++) {
        double diff = z[i * dim + t] - mean[t];
        var[t] += diff * diff / n;
      }
    }
    for (int t = 0; t < dim; t++) {
      var[t] = Math.max(share * var[t], 1e-12);
    }
    return var;
  }

  /**
   * The mixture of a hard partition: means = the given centroids, variances = each cluster's mean squared
   * deviation from its centroid per dimension (at least the floor), weights = cluster shares. An empty cluster gets
   * the weight of one row and the variances of all rows around its centroid.
   *
   * @param z n x dim rows, row-major
   * @param n rows
   * @param dim dimension
   * @param labels cluster of each row
   * @param centroids k x dim, row-major
   * @param k clusters
   * @param floor per-dimension variance floor
   * @return the mixture
   */
  public static Mixture fromPartition(double[] z, int n, int dim, int[] labels, double[] centroids, int k,
      double[] floor) {
    double[] weights = new double[k];
    double[] var = new double[k * dim];
    double[] all = new double[k * dim];
    for (int i = 0; i < n; i++) {
      int c = labels[i];
      weights[c]++;
      for (int j = 0; j < k; j++) {
        for (int t = 0; t < dim; t++) {
          double diff = z[i * dim + t] - centroids[j * dim + t];
          all[j * dim + t] += diff * diff / n;
          if (j == c) {
            var[c * dim + t] += diff * diff;
          }
        }
      }
    }
    double total = 0;
    for (int c = 0; c < k; c++) {
      boolean empty = weights[c] == 0;
      for (int t = 0; t < dim; t++) {
        double v = empty ? all[c * dim + t] : var[c * dim + t] / weights[c];
        var[c * dim + t] = Math.max(v, floor[t]);
      }
      weights[c] = Math.max(weights[c], 1);
      total += weights[c];
    }
    for (int c = 0; c < k; c++) {
      weights[c] /= total;
    }
    return new Mixture(weights, centroids.clone(), var);
  }

  /**
   * One EM step (E: the posteriors gamma_ic; M: weights, means and floored variances). A component with no
   * responsibility mass keeps its parameters.
   *
   * @param z n x dim rows, row-major
   * @param n rows
   * @param dim dimension
   * @param g current mixture
   * @param floor per-dimension variance floor
   * @return the next mixture
   */
  public static Mixture step(double[] z, int n, int dim, Mixture g, double[] floor) {
    int k = g.k();
    double[] gamma = SoftAssignments.gaussianMixture(z, n, dim, g.weights(), g.means(), g.variances(), k);
    double[] nc = new double[k];
    double[] means = new double[k * dim];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double r = gamma[i * k + c];
        nc[c] += r;
        for (int t = 0; t < dim; t++) {
          means[c * dim + t] += r * z[i * dim + t];
        }
      }
    }
    double[] var = new double[k * dim];
    for (int c = 0; c < k; c++) {
      for (int t = 0; t < dim; t++) {
        means[c * dim + t] = nc[c] > EMPTY ? means[c * dim + t] / nc[c] : g.means()[c * dim + t];
      }
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double r = gamma[i * k + c];
        for (int t = 0; t < dim; t++) {
          double diff = z[i * dim + t] - means[c * dim + t];
          var[c * dim + t] += r * diff * diff;
        }
      }
    }
    double[] weights = new double[k];
    double total = 0;
    for (int c = 0; c < k; c++) {
      boolean empty = nc[c] <= EMPTY;
      for (int t = 0; t < dim; t++) {
        double v = empty ? g.variances()[c * dim + t] : var[c * dim + t] / nc[c];
        var[c * dim + t] = Math.max(v, floor[t]);
      }
      weights[c] = Math.max(nc[c], EMPTY);
      total += weights[c];
    }
    for (int c = 0; c < k; c++) {
      weights[c] /= total;
    }
    return new Mixture(weights, means, var);
  }

  /**
   * The mean log-likelihood per row, by log-sum-exp:
   * \[ \frac{1}{n} \sum_i \log \sum_c \pi_c \mathcal N(z_i; \mu_c, \operatorname{diag} \sigma_c^2) \]
   *
   * @param z n x dim rows, row-major
   * @param n rows
   * @param dim dimension
   * @param g the mixture
   * @return mean log-likelihood
   */
  public static double logLikelihood(double[] z, int n, int dim, Mixture g) {
    int k = g.k();
    double[] logNorm = new double[k];
    for (int c = 0; c < k; c++) {
      double s = Math.log(g.weights()[c]) - 0.5 * dim * LOG_2PI;
      for (int t = 0; t < dim; t++) {
        s -= 0.5 * Math.log(g.variances()[c * dim + t]);
      }
      logNorm[c] = s;
    }
    double sum = 0;
    double[] a = new double[k];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        double s = logNorm[c];
        for (int t = 0; t < dim; t++) {
          double diff = z[i * dim + t] - g.means()[c * dim + t];
          s -= 0.5 * diff * diff / g.variances()[c * dim + t];
        }
        a[c] = s;
      }
      sum += SoftAssignments.logSumExp(a, 0, k);
    }
    return sum / n;
  }

  /**
   * Starts from a hard partition and runs EM until the mean log-likelihood gains less than {@code tolerance} or
   * after {@code iterations} steps.
   *
   * @param z n x dim rows, row-major
   * @param n rows
   * @param dim dimension
   * @param labels cluster of each row
   * @param centroids k x dim, row-major
   * @param k clusters
   * @param iterations most EM steps
   * @param tolerance least gain of the mean log-likelihood per step
   * @param floor per-dimension variance floor
   * @return the fitted mixture
   */
  public static Mixture fit(double[] z, int n, int dim, int[] labels, double[] centroids, int k, int iterations,
      double tolerance, double[] floor) {
    Mixture g = fromPartition(z, n, dim, labels, centroids, k, floor);
    double ll = logLikelihood(z, n, dim, g);
    for (int it = 0; it < iterations; it++) {
      Mixture next = step(z, n, dim, g, floor);
      double nextLl = logLikelihood(z, n, dim, next);
      g = next;
      if (nextLl - ll < tolerance) {
        break;
      }
      ll = nextLl;
    }
    return g;
  }
}
