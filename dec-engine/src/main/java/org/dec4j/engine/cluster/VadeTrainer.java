package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.math.GaussianMixtureEm;
import org.dec4j.engine.math.VadeMath;

import java.util.SplittableRandom;

/**
 * Variational Deep Embedding: after pretraining and k-means on the latent vectors ({@link EmbeddedClusteringTrainer}),
 * a diagonal Gaussian mixture is fitted to the pretrained latent vectors by EM started from the k-means partition
 * ({@link GaussianMixtureEm}), the encoder is widened to also output a log-variance ({@link VariationalEncoder}),
 * and encoder, decoder and mixture are trained together on the negative ELBO
 * \[ L = \frac1b \sum_i \Big[ \frac{\| x_i - g(z_i) \|^2}{2\sigma_x^2} + F_i - \frac12 \sum_d (1 + v_{id}) \Big]
 * \] ({@link VadeRefinement}, {@link VadeMath}). The model is the mean-only encoder with the mixture's posterior
 * as its head ({@link ClusterHead#gaussianMixture}).
 *
 * <p>Choices the configuration does not hold (constants here):</p>
 * <ul>
 * <li>sigma_x^2 is the pretrained autoencoder's mean squared reconstruction error per value on the training rows,
 * the maximum-likelihood noise variance of a Gaussian decoder (the paper's Bernoulli decoder for MNIST does not
 * fit scaled real-valued data);</li>
 * <li>Adam with step size {@value #LEARNING_RATE}, decayed by 0.9 every 10 epochs as in the paper, but starting
 * lower than the paper's 0.002: a fresh Adam state at 0.002 on the pretrained network emptied a cluster within
 * the first 140 batches on the digits (ACC 0.79 to 0.63, seed 0); {@code DecConfig.learningRate()} and
 * {@code momentum()} (DEC's SGD) are not used;</li>
 * <li>the mixture's variances are floored at {@value #VARIANCE_FLOOR_SHARE} of the variance of all pretrained
 * latent vectors in each dimension; EM runs {@value #EM_ITERATIONS} step(s) from the k-means partition: more
 * steps raise the likelihood but lowered the posterior's ACC on the digits (seed 0, small budget: k-means 0.831,
 * EM 0 steps 0.834, 1 step 0.828, 5 steps 0.819, 20 steps 0.793);</li>
 * <li>the log-variance output starts with zero weights and the bias log({@value #INITIAL_VARIANCE_SHARE} *
 * sum_c pi_c s2_cd) per dimension: q(z|x) starts a tenth of the mixture's standard deviation wide.</li>
 * </ul>
 *
 * <p>Measured on the digits (1,797 x 64, K = 10) with the defaults: seed 0 ACC 0.809, NMI 0.741 (1,260 batches);
 * seed 1 ACC 0.813, NMI 0.764 (980 batches); about 8 to 10 minutes each on 2 shared cores, most of it
 * pretraining. k-means on the raw features gives about 0.79, DEC with the defaults 0.86.</p>
 *
 * <p>Reference: Z. Jiang, Y. Zheng, H. Tan, B. Tang, H. Zhou: Variational Deep Embedding: An Unsupervised and
 * Generative Approach to Clustering. IJCAI 2017, pp. 1965-1972.</p>
 */
public final class VadeTrainer extends EmbeddedClusteringTrainer {
  /** Adam's initial step size for encoder, decoder and mixture (the paper: 0.002). */
  public static final double LEARNING_RATE = 5e-4;
  /** Most EM steps on the pretrained latent vectors. */
  public static final int EM_ITERATIONS = 1;
  /** EM stops when the mean log-likelihood gains less than this. */
  public static final double EM_TOLERANCE = 1e-6;
  /** The mixture's variance floor as a share of the variance of all latent vectors (per dimension). */
  public static final double VARIANCE_FLOOR_SHARE = 1e-3;
  /** Initial variance of q(z|x) as a share of the mixture's mean variance (per dimension). */
  public static final double INITIAL_VARIANCE_SHARE = 0.01;

  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer initial centroids
   */
  public VadeTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer,
      ClusterInitializer initializer) {
    super(autoencoders, pretrainer, initializer);
  }

  @Override
  protected RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    int n = p.rows();
    int latent = config.latentSize();
    int k = config.k();
    double[] floor = GaussianMixtureEm.varianceFloor(z, n, latent, VARIANCE_FLOOR_SHARE);
    GaussianMixtureEm.Mixture gmm = GaussianMixtureEm.fit(z, n, latent, init.labels(), init.centroids(), k,
        EM_ITERATIONS, EM_TOLERANCE, floor);
    double[] xhat = Embeddings.embed(p.ae().decoder(), toFloat(z), n);
    double sigma2 = VadeMath.noiseVariance(p.x(), xhat);
    VadeRefinement r = VadeRefinement.create(p.ae(), gmm, floor, logVarianceBias(gmm, latent), sigma2,
        LEARNING_RATE, p.x(), n, config, rng, listener, cancel);
    RefinementOutcome out = r.run();
    return out.with(r.meanEncoder(), r.head());
  }

  /** log(share * sum_c pi_c s2_cd) per dimension. */
  private static double[] logVarianceBias(GaussianMixtureEm.Mixture g, int latent) {
    double[] bias = new double[latent];
    for (int t = 0; t < latent; t++) {
      double s = 0;
      for (int c = 0; c < g.k(); c++) {
        s += g.weights()[c] * g.variances()[c * latent + t];
      }
      bias[t] = Math.log(INITIAL_VARIANCE_SHARE * s);
    }
    return bias;
  }

  private static float[] toFloat(double[] a) {
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      f[i] = (float) a[i];
    }
    return f;
  }
}
