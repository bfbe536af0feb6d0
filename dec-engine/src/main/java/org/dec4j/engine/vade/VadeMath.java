package org.dec4j.engine.vade;

import org.dec4j.engine.math.SoftAssignments;

/**
 * The formulas of Variational Deep Embedding on plain arrays: the reparameterised sample, the terms of the
 * negative evidence lower bound of one mini-batch and their hand-written gradients. The encoder gives each row a
 * mean m_i and a log-variance v_i of q(z|x_i) = N(m_i, diag exp(v_i)); the prior is a diagonal Gaussian mixture
 * with weights pi = softmax(theta), means mu_c and variances s2_c = exp(log s2_c); the decoder g is Gaussian with
 * noise variance sigma_x^2. Up to constants, the loss of a row is
 * \[ L_i = \frac{\| x_i - g(z_i) \|^2}{2\sigma_x^2} + F_i - \frac12 \sum_d (1 + v_{id}), \quad
 *    z_i = m_i + e^{v_i/2} \odot \epsilon_i, \quad \epsilon_i \sim \mathcal N(0, I) \]
 * \[ F_i = -\log \sum_c \exp(\log \pi_c - A_{ic}), \quad
 *    A_{ic} = \frac12 \sum_d \Big[ \log s^2_{cd} + \frac{e^{v_{id}} + (m_{id} - \mu_{cd})^2}{s^2_{cd}} \Big] \]
 * This is the negative ELBO of the paper (eq. 11 to 13) with q(c|x_i) set to its exact optimum
 * \(\gamma_{ic} = \operatorname{softmax}_c(\log \pi_c - A_{ic})\); at that optimum the bound's derivative with
 * respect to gamma vanishes, so (envelope theorem) the gradients below treat gamma as fixed. The paper instead
 * takes gamma = p(c|z) of the sampled z and its decoder is Bernoulli; here the decoder is Gaussian because the
 * data are scaled real values.
 *
 * <p>Reference: Z. Jiang, Y. Zheng, H. Tan, B. Tang, H. Zhou: Variational Deep Embedding: An Unsupervised and
 * Generative Approach to Clustering. IJCAI 2017, pp. 1965-1972.</p>
 */
public final class VadeMath {
  private VadeMath() {
  }

  /**
   * Gradients of the latent term with respect to the mixture's parameters, each summed over the batch and
   * multiplied by the loss scale.
   *
   * @param theta k: dL/dtheta_c of the weight logits
   * @param mu k x dim: dL/dmu_cd
   * @param logS2 k x dim: dL/d log s2_cd
   */
  public record MixtureGradient(double[] theta, double[] mu, double[] logS2) {
    /**
     * @param k components
     * @param dim latent size
     * @return zeros
     */
    public static MixtureGradient zeros(int k, int dim) {
      return new MixtureGradient(new double[k], new double[k * dim], new double[k * dim]);
    }
  }

  /**
   * The reparameterised sample:
   * \[ z_{id} = m_{id} + e^{v_{id}/2} \epsilon_{id} \]
   *
   * @param m b x dim means
   * @param v b x dim log-variances
   * @param eps b x dim standard normal draws
   * @return b x dim samples
   */
  public static double[] sample(double[] m, double[] v, double[] eps) {
    return sample(m, v, eps, new double[m.length]);
  }

  /**
   * {@link #sample(double[], double[], double[])} into a given array (a training step's buffer).
   *
   * @param z out: b x dim samples (overwritten)
   * @return z
   */
  public static double[] sample(double[] m, double[] v, double[] eps, double[] z) {
    for (int i = 0; i < z.length; i++) {
      z[i] = m[i] + Math.exp(0.5 * v[i]) * eps[i];
    }
    return z;
  }

  /**
   * Pushes the gradient with respect to the sample back to the mean and log-variance (added to what they hold):
   * \[ \frac{\partial L}{\partial m_{id}} \mathrel{+}= \frac{\partial L}{\partial z_{id}}, \quad
   *    \frac{\partial L}{\partial v_{id}} \mathrel{+}= \frac{\partial L}{\partial z_{id}}\,
   *    \tfrac12 e^{v_{id}/2} \epsilon_{id} \]
   *
   * @param dz b x dim dL/dz
   * @param v b x dim log-variances
   * @param eps b x dim the draws of the sample
   * @param dm b x dim dL/dm (added to)
   * @param dv b x dim dL/dv (added to)
   */
  public static void reparameterisationGradient(double[] dz, double[] v, double[] eps, double[] dm, double[] dv) {
    for (int i = 0; i < dz.length; i++) {
      dm[i] += dz[i];
      dv[i] += dz[i] * 0.5 * Math.exp(0.5 * v[i]) * eps[i];
    }
  }

  /**
   * The reconstruction term of a batch and its gradient with respect to the decoder's output; element-wise, so
   * any common layout of x and x' will do:
   * \[ L_r = \frac{s}{2\sigma_x^2} \sum_i \| x_i - x'_i \|^2, \quad
   *    \frac{\partial L_r}{\partial x'_i} = \frac{s}{\sigma_x^2} (x'_i - x_i) \]
   *
   * @param x inputs
   * @param xhat reconstructions x' = g(z), same layout
   * @param sigma2 decoder noise variance sigma_x^2
   * @param scale s (1/b for a batch mean)
   * @param dXhat out: dL_r/dx' (overwritten)
   * @return L_r
   */
  public static double reconstructionTerm(float[] x, float[] xhat, double sigma2, double scale, float[] dXhat) {
    double sum = 0;
    double g = scale / sigma2;
    for (int i = 0; i < x.length; i++) {
      double diff = (double) xhat[i] - x[i];
      sum += diff * diff;
      dXhat[i] = (float) (g * diff);
    }
    return 0.5 * g * sum;
  }

  /**
   * The maximum-likelihood noise variance of a Gaussian decoder: the mean squared error per value,
   * \[ \sigma_x^2 = \frac{1}{n d} \sum_i \| x_i - x'_i \|^2 \]
   * (at least 1e-8).
   *
   * @param x inputs
   * @param xhat reconstructions, same layout
   * @return sigma_x^2
   */
  public static double noiseVariance(float[] x, double[] xhat) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double diff = xhat[i] - x[i];
      sum += diff * diff;
    }
    return Math.max(sum / x.length, 1e-8);
  }

  /**
   * The mixture weights of the logits,
   * \[ \pi_c = \frac{e^{\theta_c}}{\sum_{c'} e^{\theta_{c'}}} \]
   *
   * @param theta k logits
   * @return k weights
   */
  public static double[] weights(double[] theta) {
    return SoftAssignments.softmax(theta, 1, theta.length);
  }

  /**
   * The latent part of the loss of a batch, \( s \sum_i [F_i - \frac12 \sum_d (1 + v_{id})] \), and its gradients
   * with gamma fixed at its optimum:
   * \[ \frac{\partial L}{\partial m_{id}} = s \sum_c \gamma_{ic} \frac{m_{id} - \mu_{cd}}{s^2_{cd}}, \quad
   *    \frac{\partial L}{\partial v_{id}} = s \Big[ \sum_c \gamma_{ic} \frac{e^{v_{id}}}{2 s^2_{cd}} - \frac12
   *    \Big] \]
   * \[ \frac{\partial L}{\partial \mu_{cd}} = -s \sum_i \gamma_{ic} \frac{m_{id} - \mu_{cd}}{s^2_{cd}}, \quad
   *    \frac{\partial L}{\partial \log s^2_{cd}} = \frac s2 \sum_i \gamma_{ic}
   *    \Big[ 1 - \frac{e^{v_{id}} + (m_{id} - \mu_{cd})^2}{s^2_{cd}} \Big], \quad
   *    \frac{\partial L}{\partial \theta_c} = s \sum_i (\pi_c - \gamma_{ic}) \]
   *
   * @param m b x dim means, row-major
   * @param v b x dim log-variances, row-major
   * @param b rows
   * @param dim latent size
   * @param theta k weight logits
   * @param mu k x dim component means, row-major
   * @param logS2 k x dim component log-variances, row-major
   * @param scale s (1/b for a batch mean)
   * @param dm out: b x dim dL/dm (overwritten)
   * @param dv out: b x dim dL/dv (overwritten)
   * @param dMix out: the mixture's gradients (overwritten)
   * @return the latent part of the loss
   */
  public static double latentTerm(double[] m, double[] v, int b, int dim, double[] theta, double[] mu,
      double[] logS2, double scale, double[] dm, double[] dv, MixtureGradient dMix) {
    int k = theta.length;
    double[] logPi = logWeights(theta);
    double[] pi = weights(theta);
    double[] invS2 = new double[k * dim];
    for (int j = 0; j < invS2.length; j++) {
      invS2[j] = Math.exp(-logS2[j]);
    }
    java.util.Arrays.fill(dMix.theta(), 0);
    java.util.Arrays.fill(dMix.mu(), 0);
    java.util.Arrays.fill(dMix.logS2(), 0);
    double[] gamma = new double[k];
    double loss = 0;
    for (int i = 0; i < b; i++) {
      int r = i * dim;
      loss += responsibilities(m, v, r, dim, logPi, mu, logS2, invS2, gamma);
      for (int t = 0; t < dim; t++) {
        double ev = Math.exp(v[r + t]);
        double gm = 0;
        double gv = 0;
        for (int c = 0; c < k; c++) {
          int ct = c * dim + t;
          double diff = m[r + t] - mu[ct];
          double w = gamma[c] * invS2[ct];
          gm += w * diff;
          gv += w * ev;
          dMix.mu()[ct] -= scale * w * diff;
          dMix.logS2()[ct] += scale * 0.5 * gamma[c] * (1 - (ev + diff * diff) * invS2[ct]);
        }
        dm[r + t] = scale * gm;
        dv[r + t] = scale * (0.5 * gv - 0.5);
        loss -= 0.5 * (1 + v[r + t]);
      }
      for (int c = 0; c < k; c++) {
        dMix.theta()[c] += scale * (pi[c] - gamma[c]);
      }
    }
    return scale * loss;
  }

  /**
   * The optimal q(c|x_i) of one row and its F_i:
   * \[ \gamma_{ic} = \operatorname{softmax}_c(\log \pi_c - A_{ic}), \quad
   *    F_i = -\log \sum_c e^{\log \pi_c - A_{ic}} \]
   *
   * @param m means (row r)
   * @param v log-variances (row r)
   * @param r offset of the row
   * @param dim latent size
   * @param logPi k log weights
   * @param mu k x dim means
   * @param logS2 k x dim log-variances
   * @param invS2 k x dim 1/s2
   * @param gamma out: k responsibilities
   * @return F_i
   */
  static double responsibilities(double[] m, double[] v, int r, int dim, double[] logPi, double[] mu,
      double[] logS2, double[] invS2, double[] gamma) {
    int k = logPi.length;
    for (int c = 0; c < k; c++) {
      double a = 0;
      for (int t = 0; t < dim; t++) {
        int ct = c * dim + t;
        double diff = m[r + t] - mu[ct];
        a += logS2[ct] + (Math.exp(v[r + t]) + diff * diff) * invS2[ct];
      }
      gamma[c] = logPi[c] - 0.5 * a;
    }
    double lse = SoftAssignments.logSumExp(gamma, 0, k);
    for (int c = 0; c < k; c++) {
      gamma[c] = Math.exp(gamma[c] - lse);
    }
    return -lse;
  }

  /**
   * @param theta k logits
   * @return log softmax(theta)
   */
  static double[] logWeights(double[] theta) {
    double lse = SoftAssignments.logSumExp(theta, 0, theta.length);
    double[] out = new double[theta.length];
    for (int c = 0; c < theta.length; c++) {
      out[c] = theta[c] - lse;
    }
    return out;
  }

}
