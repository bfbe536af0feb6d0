package org.dec4j.engine.dcn;

import org.dec4j.engine.core.Assignments;

/**
 * The formulas of the Deep Clustering Network on plain row-major arrays: its k-means term, the gradient of that
 * term with respect to the embeddings, the hard assignment and the incremental centroid update. The whole
 * objective is
 * \[ \min_{W, M, \{s_i\}} \sum_i \ell(g(f(x_i)), x_i) + \frac{\lambda}{2} \| f(x_i) - M s_i \|^2,
 *    \quad s_i \in \{0,1\}^K, \ \mathbf{1}^T s_i = 1 \]
 * with f the encoder, g the decoder and the columns mu_j of M the centroids; here both terms are batch means
 * (the reconstruction term is in {@code org.dec4j.engine.core.JointGradient}).
 *
 * <p>Reference: B. Yang, X. Fu, N. D. Sidiropoulos, M. Hong: Towards K-means-friendly Spaces: Simultaneous Deep
 * Learning and Clustering. ICML 2017, equations (5) to (9).</p>
 */
public final class DcnMath {
  private DcnMath() {
  }

  /**
   * Hard assignment to the nearest centroid, the minimiser over s_i for fixed network and M:
   * \[ s_i = \arg\min_j \| z_i - \mu_j \|^2 \]
   *
   * @param z n x dim embeddings, row-major
   * @param n rows
   * @param dim latent size
   * @param mu k x dim centroids
   * @param k clusters
   * @return the nearest centroid of each row (the first of equal distances)
   */
  public static int[] nearestCentroids(double[] z, int n, int dim, double[] mu, int k) {
    return nearestCentroids(z, n, dim, mu, k, new int[n]);
  }

  /**
   * {@link #nearestCentroids(double[], int, int, double[], int)} into a given array (a training step's buffer).
   *
   * @param s out: the nearest centroid of each row (overwritten)
   * @return s
   */
  public static int[] nearestCentroids(double[] z, int n, int dim, double[] mu, int k, int[] s) {
    for (int i = 0; i < n; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double d2 = Assignments.squaredDistance(z, i * dim, mu, j * dim, dim);
        if (d2 < best) {
          best = d2;
          s[i] = j;
        }
      }
    }
    return s;
  }

  /**
   * The k-means term of a batch, with each row assigned to its nearest centroid and M held fixed, and its
   * gradient:
   * \[ L_c = \frac{\lambda}{2b} \sum_i \| z_i - \mu_{s_i} \|^2, \quad
   *    \frac{\partial L_c}{\partial z_i} = \frac{\lambda}{b} (z_i - \mu_{s_i}) \]
   *
   * @param z b x dim embeddings
   * @param b rows
   * @param dim latent size
   * @param mu k x dim centroids
   * @param k clusters
   * @param lambda weight of the term
   * @param dLdz out: b x dim gradient (overwritten)
   * @return L_c
   */
  public static double kmeansTerm(double[] z, int b, int dim, double[] mu, int k, double lambda, double[] dLdz) {
    return kmeansTerm(z, b, dim, mu, k, lambda, dLdz, new int[b]);
  }

  /**
   * {@link #kmeansTerm(double[], int, int, double[], int, double, double[])} with the rows' nearest centroids
   * written into a given array (a training step's buffer).
   *
   * @param s out: the nearest centroid of each row (overwritten)
   */
  public static double kmeansTerm(double[] z, int b, int dim, double[] mu, int k, double lambda, double[] dLdz,
      int[] s) {
    nearestCentroids(z, b, dim, mu, k, s);
    double sum = 0;
    for (int i = 0; i < b; i++) {
      for (int t = 0; t < dim; t++) {
        double diff = z[i * dim + t] - mu[s[i] * dim + t];
        sum += diff * diff;
        dLdz[i * dim + t] = lambda / b * diff;
      }
    }
    return lambda / (2.0 * b) * sum;
  }

  /**
   * The k-means term per row for given assignments:
   * \[ \frac{\lambda}{2n} \sum_i \| z_i - \mu_{s_i} \|^2 \]
   *
   * @param z n x dim embeddings
   * @param n rows
   * @param dim latent size
   * @param mu k x dim centroids
   * @param s cluster of each row
   * @param lambda weight of the term
   * @return the loss per row
   */
  public static double kmeansLoss(double[] z, int n, int dim, double[] mu, int[] s, double lambda) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Assignments.squaredDistance(z, i * dim, mu, s[i] * dim, dim);
    }
    return lambda / (2.0 * n) * sum;
  }

  /**
   * DCN's incremental centroid update, row by row: with c_j the number of rows cluster j has absorbed so far,
   * \[ c_{s_i} \leftarrow c_{s_i} + 1, \quad
   *    \mu_{s_i} \leftarrow \mu_{s_i} - \frac{1}{c_{s_i}} (\mu_{s_i} - z_i) \]
   * so that each centroid is the running mean of the embeddings assigned to it, with a step that shrinks as the
   * cluster grows.
   *
   * @param z b x dim embeddings
   * @param b rows
   * @param dim latent size
   * @param s cluster of each row
   * @param mu k x dim centroids (updated)
   * @param counts rows absorbed by each cluster (updated)
   */
  public static void updateCentroids(double[] z, int b, int dim, int[] s, double[] mu, long[] counts) {
    for (int i = 0; i < b; i++) {
      int j = s[i];
      counts[j]++;
      double eta = 1.0 / counts[j];
      for (int t = 0; t < dim; t++) {
        mu[j * dim + t] -= eta * (mu[j * dim + t] - z[i * dim + t]);
      }
    }
  }
}
