package org.dec4j.engine.imsat;

/**
 * The formulas of IMSAT (Information Maximizing Self-Augmented Training) on plain row-major arrays. A classifier
 * with logits l_i and p_i = softmax(l_i) = p(y | x_i) is trained on mini-batches of b rows to minimise
 * \[ L = R_{SAT} + \lambda \left( H(Y|X) - \mu H(Y) \right), \quad
 *    R_{SAT} = \frac{1}{b} \sum_i \mathrm{KL}\left( p(y|x_i) \,\|\, p(y|x_i + r_i) \right) \]
 * with p(y|x_i) held fixed in R_SAT, r_i the virtual adversarial (or a random) perturbation of radius epsilon_i,
 * H(Y|X) the mean entropy of the p_i and H(Y) the entropy of their mean. This class holds the two loss terms,
 * their gradients with respect to the logits (pushed through the network by the caller), the perturbation of a
 * row along a direction and the distance of each row to its k-th nearest neighbour, from which epsilon_i is
 * taken.
 *
 * <p>Reference: W. Hu, T. Miyato, S. Tokui, E. Matsumoto, M. Sugiyama: Learning Discrete Representations via
 * Information Maximizing Self-Augmented Training. ICML 2017, PMLR 70:1558-1567, equations (2), (5), (6), (7).</p>
 */
public final class ImsatMath {
  private ImsatMath() {
  }

  /**
   * Row-wise log-softmax, stable for large logits: log p_iy = l_iy - log sum_y' exp(l_iy').
   *
   * @param logits n x k, row-major
   * @param n rows
   * @param k classes
   * @return n x k log-probabilities
   */
  public static double[] logSoftmax(double[] logits, int n, int k) {
    return logSoftmax(logits, n, k, new double[n * k]);
  }

  /**
   * {@link #logSoftmax(double[], int, int)} into a given array (a training step's buffer).
   *
   * @param out n x k log-probabilities (overwritten)
   * @return out
   */
  public static double[] logSoftmax(double[] logits, int n, int k, double[] out) {
    for (int i = 0; i < n; i++) {
      int o = i * k;
      double max = Double.NEGATIVE_INFINITY;
      for (int y = 0; y < k; y++) {
        max = Math.max(max, logits[o + y]);
      }
      double sum = 0;
      for (int y = 0; y < k; y++) {
        sum += Math.exp(logits[o + y] - max);
      }
      double lse = max + Math.log(sum);
      for (int y = 0; y < k; y++) {
        out[o + y] = logits[o + y] - lse;
      }
    }
    return out;
  }

  /**
   * The information term of a batch and its gradient with respect to the logits:
   * \[ L_I = \lambda \left( H(Y|X) - \mu H(Y) \right), \quad
   *    H(Y|X) = -\frac{1}{b} \sum_i \sum_y p_{iy} \log p_{iy}, \quad
   *    H(Y) = -\sum_y \bar p_y \log \bar p_y, \quad \bar p = \frac{1}{b} \sum_i p_i \]
   * \[ g_{iy} = \frac{\partial L_I}{\partial p_{iy}} = \frac{\lambda}{b} \left( -\log p_{iy} - 1
   *    + \mu (\log \bar p_y + 1) \right), \quad
   *    \frac{\partial L_I}{\partial l_{ij}} = p_{ij} \left( g_{ij} - \sum_y p_{iy} g_{iy} \right) \]
   *
   * @param logits b x k logits l_i, row-major
   * @param b rows
   * @param k classes
   * @param lambda weight of the term
   * @param mu weight of the marginal entropy
   * @param dLdl out: b x k gradient (overwritten), or null
   * @return L_I
   */
  public static double informationTerm(double[] logits, int b, int k, double lambda, double mu, double[] dLdl) {
    return informationTerm(logits, b, k, lambda, mu, dLdl, new double[b * k]);
  }

  /**
   * {@link #informationTerm(double[], int, int, double, double, double[])} with the log-probabilities in a given
   * array.
   *
   * @param logP b x k buffer (overwritten)
   */
  public static double informationTerm(double[] logits, int b, int k, double lambda, double mu, double[] dLdl,
      double[] logP) {
    logSoftmax(logits, b, k, logP);
    double[] pBar = new double[k];
    double hCond = 0;
    for (int i = 0; i < b * k; i++) {
      double p = Math.exp(logP[i]);
      hCond -= p * logP[i] / b;
      pBar[i % k] += p / b;
    }
    double[] logPBar = new double[k];
    double hMarg = 0;
    for (int y = 0; y < k; y++) {
      logPBar[y] = Math.log(Math.max(pBar[y], Double.MIN_NORMAL));
      hMarg -= pBar[y] * logPBar[y];
    }
    if (dLdl != null) {
      double[] g = new double[k];
      for (int i = 0; i < b; i++) {
        int o = i * k;
        double mean = 0;
        for (int y = 0; y < k; y++) {
          g[y] = lambda / b * (-logP[o + y] - 1 + mu * (logPBar[y] + 1));
          mean += Math.exp(logP[o + y]) * g[y];
        }
        for (int y = 0; y < k; y++) {
          dLdl[o + y] = Math.exp(logP[o + y]) * (g[y] - mean);
        }
      }
    }
    return lambda * (hCond - mu * hMarg);
  }

  /**
   * The self-augmentation term of a batch, p(y|x_i) held fixed, and its gradient with respect to the logits of
   * the perturbed rows (q_i = softmax(l'_i) = p(y | x_i + r_i)):
   * \[ R = \frac{1}{b} \sum_i \sum_y p_{iy} \left( \log p_{iy} - \log q_{iy} \right), \quad
   *    \frac{\partial R}{\partial l'_{ij}} = \frac{1}{b} \left( q_{ij} - p_{ij} \right) \]
   *
   * @param logits b x k logits of the rows, l_i
   * @param perturbedLogits b x k logits of the perturbed rows, l'_i
   * @param b rows
   * @param k classes
   * @param dLdl out: b x k gradient with respect to l' (overwritten), or null
   * @return R
   */
  public static double klTerm(double[] logits, double[] perturbedLogits, int b, int k, double[] dLdl) {
    return klTerm(logits, perturbedLogits, b, k, dLdl, new double[b * k], new double[b * k]);
  }

  /**
   * {@link #klTerm(double[], double[], int, int, double[])} with the log-probabilities in given arrays.
   *
   * @param logP b x k buffer (overwritten)
   * @param logQ b x k buffer (overwritten)
   */
  public static double klTerm(double[] logits, double[] perturbedLogits, int b, int k, double[] dLdl, double[] logP,
      double[] logQ) {
    logSoftmax(logits, b, k, logP);
    logSoftmax(perturbedLogits, b, k, logQ);
    double r = 0;
    for (int i = 0; i < b * k; i++) {
      double p = Math.exp(logP[i]);
      r += p * (logP[i] - logQ[i]) / b;
      if (dLdl != null) {
        dLdl[i] = (Math.exp(logQ[i]) - p) / b;
      }
    }
    return r;
  }

  /**
   * Perturbations of a given length along given directions:
   * \[ r_i = \epsilon_i \frac{g_i}{\| g_i \|} \]
   * (the virtual adversarial perturbation when g_i is the gradient of the KL divergence with respect to the input,
   * the random one when g_i is a random direction). A row whose g_i is zero takes the direction of its row in
   * {@code fallback} instead.
   *
   * @param g b x d directions, row-major
   * @param fallback b x d directions for rows where g_i = 0 (nonzero rows)
   * @param b rows
   * @param d columns
   * @param eps b lengths epsilon_i
   * @return b x d perturbations r_i
   */
  public static double[] perturbations(double[] g, double[] fallback, int b, int d, double[] eps) {
    return perturbations(g, fallback, b, d, eps, new double[b * d]);
  }

  /**
   * {@link #perturbations(double[], double[], int, int, double[])} into a given array.
   *
   * @param r out: b x d perturbations (overwritten; may be g or fallback only if the row is not read after)
   * @return r
   */
  public static double[] perturbations(double[] g, double[] fallback, int b, int d, double[] eps, double[] r) {
    for (int i = 0; i < b; i++) {
      double[] src = norm(g, i * d, d) > 0 ? g : fallback;
      double len = norm(src, i * d, d);
      double scale = len > 0 ? eps[i] / len : 0;
      for (int t = 0; t < d; t++) {
        r[i * d + t] = scale * src[i * d + t];
      }
    }
    return r;
  }

  private static double norm(double[] a, int off, int d) {
    double s = 0;
    for (int t = 0; t < d; t++) {
      s += a[off + t] * a[off + t];
    }
    return Math.sqrt(s);
  }

  /**
   * The k-th smallest value of a row of squared distances, skipping one entry (the row's distance to itself).
   *
   * @param squared n squared distances (negative values, from rounding, count as 0)
   * @param skip index to leave out, or -1
   * @param kth which neighbour (1 = nearest); at most the number of entries left
   * @return the distance (not squared) to the kth nearest neighbour
   */
  public static double kthNeighbourDistance(double[] squared, int skip, int kth) {
    double[] best = new double[kth];
    java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (int j = 0; j < squared.length; j++) {
      double v = Math.max(0, squared[j]);
      if (j == skip || v >= best[kth - 1]) {
        continue;
      }
      int at = kth - 1;
      while (at > 0 && best[at - 1] > v) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = v;
    }
    return Math.sqrt(best[kth - 1]);
  }

  /**
   * The distance of each row to its k-th nearest other row, by brute force in O(n^2 d) (the reference for the
   * chunked matrix-product version that training uses):
   * \[ \delta_i = \| x_i - x_{(k)} \| \]
   *
   * @param x n x d rows, row-major
   * @param n rows
   * @param d columns
   * @param kth which neighbour (at most n - 1)
   * @return n distances
   */
  public static double[] kthNeighbourDistances(float[] x, int n, int d, int kth) {
    double[] out = new double[n];
    double[] row = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int t = 0; t < d; t++) {
          double diff = (double) x[i * d + t] - x[j * d + t];
          s += diff * diff;
        }
        row[j] = s;
      }
      out[i] = kthNeighbourDistance(row, i, kth);
    }
    return out;
  }

}
