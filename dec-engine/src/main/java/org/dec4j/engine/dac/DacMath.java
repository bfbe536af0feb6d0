package org.dec4j.engine.dac;

import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.math.SoftAssignments;

import java.util.Arrays;

/**
 * The formulas of Deep Adaptive Clustering on plain row-major arrays. A network maps x_i to K logits a_i; its
 * label feature is the softmax output normalised to unit length, and two rows are similar as far as their label
 * features agree:
 * \[ p_i = \operatorname{softmax}(a_i), \quad l_i = \frac{p_i}{\| p_i \|}, \quad s_{ij} = l_i \cdot l_j \in [0, 1]
 * \]
 * Training pairs are those the current network is confident about, with the adaptive thresholds u(lambda) and
 * l(lambda) ({@link #upperThreshold}, {@link #lowerThreshold}):
 * \[ r_{ij} = 1 \text{ if } s_{ij} \ge u(\lambda), \quad r_{ij} = 0 \text{ if } s_{ij} < l(\lambda), \quad
 *    \text{unused otherwise} \]
 * and a mini-batch minimises the binary cross-entropy of the selected pairs, per pair ({@link #pairLoss}):
 * \[ L = \frac{1}{|S|} \sum_{(i,j) \in S} -\big( r_{ij} \log s_{ij} + (1 - r_{ij}) \log (1 - s_{ij}) \big) \]
 * A row's cluster is the largest entry of p_i.
 *
 * <p>Reference: J. Chang, L. Wang, G. Meng, S. Xiang, C. Pan: Deep Adaptive Image Clustering. ICCV 2017,
 * equations (1) to (9).</p>
 */
public final class DacMath {
  /** s is clipped to [EPS, 1 - EPS] inside the logarithms. */
  public static final double EPS = 1e-7;

  private DacMath() {
  }

  /**
   * What a mini-batch's pair loss found.
   *
   * @param loss L, the mean cross-entropy of the selected pairs (0 when none)
   * @param selected number of selected pairs |S| (unordered, i &lt; j)
   * @param similar of these, the pairs with r_ij = 1
   */
  public record PairLoss(double loss, int selected, int similar) {
  }

  /** The growth of l(lambda) per unit of lambda: l(lambda) = l(0) + 0.1 lambda (the paper). */
  public static final double LOWER_SLOPE = 0.1;

  /**
   * The upper threshold; pairs at least this similar are taken as same-cluster pairs:
   * \[ u(\lambda) = u_0 - \lambda \]
   *
   * @param u0 u(0), the paper's 0.95
   * @param lambda the schedule's value
   * @return u(lambda)
   */
  public static double upperThreshold(double u0, double lambda) {
    return u0 - lambda;
  }

  /**
   * The lower threshold; pairs less similar are taken as different-cluster pairs:
   * \[ l(\lambda) = l_0 + 0.1 \lambda \]
   *
   * @param l0 l(0), the paper's 0.455
   * @param lambda the schedule's value
   * @return l(lambda)
   */
  public static double lowerThreshold(double l0, double lambda) {
    return l0 + LOWER_SLOPE * lambda;
  }

  /**
   * @param u0 u(0)
   * @param l0 l(0)
   * @param lambda the schedule's value
   * @return whether the thresholds have met (u(lambda) &lt;= l(lambda)), where DAC's training ends
   */
  public static boolean thresholdsMet(double u0, double l0, double lambda) {
    return upperThreshold(u0, lambda) <= lowerThreshold(l0, lambda);
  }

  /**
   * Label features, the softmax of each row's logits normalised to unit length:
   * \[ l_i = \frac{\operatorname{softmax}(a_i)}{\| \operatorname{softmax}(a_i) \|} \]
   *
   * @param logits n x k, row-major
   * @param n rows
   * @param k clusters
   * @return n x k label features, row-major
   */
  public static double[] labelFeatures(double[] logits, int n, int k) {
    double[] l = SoftAssignments.softmax(logits, n, k);
    for (int i = 0; i < n; i++) {
      double norm = norm(l, i * k, k);
      for (int c = 0; c < k; c++) {
        l[i * k + c] /= norm;
      }
    }
    return l;
  }

  /**
   * The pair loss of a mini-batch and its gradient with respect to the logits. With
   * \( g_{ij} = \partial L / \partial s_{ij} = \frac{1}{|S|}(-r_{ij}/s_{ij} + (1 - r_{ij})/(1 - s_{ij})) \)
   * for selected pairs (0 where s was clipped or the pair is unused), the chain through s, the unit
   * normalisation and the softmax is
   * \[ \frac{\partial L}{\partial l_i} = \sum_{j \ne i} g_{ij} l_j, \quad
   *    \frac{\partial L}{\partial p_i} = \frac{1}{\| p_i \|} \Big( \frac{\partial L}{\partial l_i}
   *      - \big(\frac{\partial L}{\partial l_i} \cdot l_i\big) l_i \Big), \quad
   *    \frac{\partial L}{\partial a_i} = p_i \odot \Big( \frac{\partial L}{\partial p_i}
   *      - \frac{\partial L}{\partial p_i} \cdot p_i \Big) \]
   * The selection r_ij is treated as a constant, as in the paper. Pairs are unordered (i &lt; j), each counted
   * once; a row is not paired with itself.
   *
   * @param logits b x k, row-major
   * @param b rows
   * @param k clusters
   * @param upper u(lambda)
   * @param lower l(lambda)
   * @param dLogits out: b x k gradient dL/da (overwritten; zero when no pair is selected)
   * @return the loss and the numbers of selected and similar pairs
   */
  public static PairLoss pairLoss(double[] logits, int b, int k, double upper, double lower, double[] dLogits) {
    return pairLoss(logits, b, k, upper, lower, dLogits, new Work(b, k));
  }

  /**
   * The intermediate values of {@link #pairLoss}, kept by a training loop so that its steps allocate nothing.
   *
   * @param p b x k probabilities
   * @param norms b norms of their rows
   * @param l b x k unit rows
   * @param dl b x k gradient with respect to the unit rows
   */
  public record Work(double[] p, double[] norms, double[] l, double[] dl) {
    /**
     * @param b rows
     * @param k clusters
     */
    public Work(int b, int k) {
      this(new double[b * k], new double[b], new double[b * k], new double[b * k]);
    }
  }

  /**
   * {@link #pairLoss(double[], int, int, double, double, double[])} with its intermediate values in {@code work}.
   *
   * @param work buffers for b rows and k clusters
   */
  public static PairLoss pairLoss(double[] logits, int b, int k, double upper, double lower, double[] dLogits,
      Work work) {
    double[] p = SoftAssignments.softmax(logits, b, k, work.p());
    double[] norms = work.norms();
    double[] l = work.l();
    for (int i = 0; i < b; i++) {
      norms[i] = norm(p, i * k, k);
      for (int c = 0; c < k; c++) {
        l[i * k + c] = p[i * k + c] / norms[i];
      }
    }
    double[] dl = work.dl();
    Arrays.fill(dl, 0, b * k, 0.0);
    double sum = 0;
    int selected = 0;
    int similar = 0;
    for (int i = 0; i < b; i++) {
      for (int j = i + 1; j < b; j++) {
        double s = 0;
        for (int c = 0; c < k; c++) {
          s += l[i * k + c] * l[j * k + c];
        }
        boolean same = s >= upper;
        if (!same && s >= lower) {
          continue;
        }
        selected++;
        double clipped = Math.min(1 - EPS, Math.max(EPS, s));
        double g;
        if (same) {
          similar++;
          sum -= Math.log(clipped);
          g = clipped == s ? -1 / s : 0;
        } else {
          sum -= Math.log(1 - clipped);
          g = clipped == s ? 1 / (1 - s) : 0;
        }
        for (int c = 0; c < k; c++) {
          dl[i * k + c] += g * l[j * k + c];
          dl[j * k + c] += g * l[i * k + c];
        }
      }
    }
    Arrays.fill(dLogits, 0, b * k, 0.0);
    if (selected == 0) {
      return new PairLoss(0, 0, 0);
    }
    toLogits(dl, l, p, norms, b, k, selected, dLogits);
    return new PairLoss(sum / selected, selected, similar);
  }

  /**
   * The chain from dL/dl_i (the sum over pairs, to be divided by |S| = {@code selected}) back through the unit
   * normalisation and the softmax to the logits.
   */
  private static void toLogits(double[] dl, double[] l, double[] p, double[] norms, int b, int k, int selected,
      double[] dLogits) {
    double[] dp = new double[k];
    for (int i = 0; i < b; i++) {
      int o = i * k;
      double dlDotL = 0;
      for (int c = 0; c < k; c++) {
        dlDotL += dl[o + c] * l[o + c];
      }
      double dpDotP = 0;
      for (int c = 0; c < k; c++) {
        dp[c] = (dl[o + c] - dlDotL * l[o + c]) / (norms[i] * selected);
        dpDotP += dp[c] * p[o + c];
      }
      for (int c = 0; c < k; c++) {
        dLogits[o + c] = p[o + c] * (dp[c] - dpDotP);
      }
    }
  }

  /**
   * The linear K-way layer on the latent vectors z whose softmax is the softmax of the negative squared
   * distances to the centroids at temperature T (the ||z||^2 term is the same for every j and cancels):
   * \[ \operatorname{softmax}_j(z W + b) = \operatorname{softmax}_j\!\big(-\| z - \mu_j \|^2 / T\big), \quad
   *    W_{:,j} = \frac{2 \mu_j}{T}, \quad b_j = -\frac{\| \mu_j \|^2}{T} \]
   *
   * @param mu k x dim centroids, row-major
   * @param k clusters
   * @param dim latent size
   * @param temperature T &gt; 0
   * @return dim x k weights W, row-major, followed by the k biases b (dim * k + k values)
   */
  public static double[] distanceLayer(double[] mu, int k, int dim, double temperature) {
    double[] wb = new double[dim * k + k];
    for (int j = 0; j < k; j++) {
      double sq = 0;
      for (int t = 0; t < dim; t++) {
        double m = mu[j * dim + t];
        wb[t * k + j] = 2 * m / temperature;
        sq += m * m;
      }
      wb[dim * k + j] = -sq / temperature;
    }
    return wb;
  }

  /**
   * The mean squared distance of a row to its nearest centroid (the k-means inertia per row), DAC's temperature
   * for {@link #distanceLayer}:
   * \[ T = \frac{1}{n} \sum_i \min_j \| z_i - \mu_j \|^2 \]
   *
   * @param z n x dim, row-major
   * @param n rows
   * @param dim latent size
   * @param mu k x dim centroids
   * @param k clusters
   * @return T (at least {@link Double#MIN_NORMAL})
   */
  public static double meanNearestSquaredDistance(double[] z, int n, int dim, double[] mu, int k) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        best = Math.min(best, Assignments.squaredDistance(z, i * dim, mu, j * dim, dim));
      }
      sum += best;
    }
    return Math.max(Double.MIN_NORMAL, sum / n);
  }

  private static double norm(double[] a, int off, int k) {
    double s = 0;
    for (int c = 0; c < k; c++) {
      s += a[off + c] * a[off + c];
    }
    return Math.sqrt(s);
  }
}
