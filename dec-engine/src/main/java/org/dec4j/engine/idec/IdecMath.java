package org.dec4j.engine.idec;

import org.dec4j.engine.dec.DecMath;
import org.dec4j.engine.math.SoftAssignments;

/**
 * The objective of Improved Deep Embedded Clustering: DEC's clustering loss beside the autoencoder's
 * reconstruction loss, which keeps the decoder and so the local structure of the data,
 * \[ L = L_r + \gamma L_c, \quad L_r = \frac{1}{b\,d} \sum_i \| x_i - g(z_i) \|^2, \quad
 *    L_c = \frac{1}{b} KL(P \| Q) = \frac{1}{b} \sum_i \sum_j p_{ij} \log \frac{p_{ij}}{q_{ij}} \]
 * with z_i = f(x_i), q_ij and p_ij as in {@link DecMath}. Both losses are batch means, as in the authors' Keras
 * code (their "mse" and "kld" with loss weights 1 and gamma). This class holds the clustering term; the
 * reconstruction term and the backward pass through the networks are in
 * {@code org.dec4j.engine.core.JointGradient}.
 *
 * <p>Reference: X. Guo, L. Gao, X. Liu, J. Yin: Improved Deep Embedded Clustering with Local Structure
 * Preservation. IJCAI 2017, equations (6) to (9).</p>
 */
public final class IdecMath {
  private IdecMath() {
  }

  /**
   * The weighted clustering loss of a batch and its gradients, with P held fixed:
   * \[ \gamma L_c = \frac{\gamma}{b} KL(P \| Q), \quad
   *    \frac{\partial \gamma L_c}{\partial z_i} = \frac{\gamma}{b} \frac{\alpha+1}{\alpha} \sum_j
   *    (1 + \|z_i-\mu_j\|^2/\alpha)^{-1} (p_{ij} - q_{ij}) (z_i - \mu_j) \]
   * and the same with the opposite sign, summed over i, for \(\mu_j\).
   *
   * @param z b x dim embeddings
   * @param b rows
   * @param dim latent size
   * @param mu k x dim centroids
   * @param k clusters
   * @param alpha degrees of freedom
   * @param p b x k target rows of the batch
   * @param gamma weight of the clustering loss
   * @param dLdz out: b x dim (overwritten)
   * @param dLdmu out: k x dim (overwritten)
   * @return gamma KL(P||Q) / b
   */
  public static double clusteringTerm(double[] z, int b, int dim, double[] mu, int k, double alpha, double[] p,
      double gamma, double[] dLdz, double[] dLdmu) {
    return clusteringTerm(z, b, dim, mu, k, alpha, p, gamma, dLdz, dLdmu, new double[b * k]);
  }

  /**
   * {@link #clusteringTerm(double[], int, int, double[], int, double, double[], double, double[], double[])} with
   * the batch's soft assignments written into a given array (a training step's buffer).
   *
   * @param q out: b x k soft assignments (overwritten)
   */
  public static double clusteringTerm(double[] z, int b, int dim, double[] mu, int k, double alpha, double[] p,
      double gamma, double[] dLdz, double[] dLdmu, double[] q) {
    SoftAssignments.studentT(z, b, dim, mu, k, alpha, q);
    DecMath.klGradient(z, b, dim, mu, k, alpha, p, q, gamma / b, dLdz, dLdmu);
    return gamma * DecMath.klDivergence(p, q, b, k) / b;
  }
}
