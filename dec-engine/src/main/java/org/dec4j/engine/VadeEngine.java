package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.VadeTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "vade" engine: Variational Deep Embedding, a variational autoencoder whose prior is a Gaussian mixture
 * (one component per cluster), trained on the negative evidence lower bound
 * \[ L = \frac1b \sum_i \Big[ \frac{\| x_i - g(z_i) \|^2}{2\sigma_x^2}
 *    - \log \sum_c \pi_c e^{-A_{ic}} - \frac12 \sum_d (1 + v_{id}) \Big] \]
 * with z_i = m_i + exp(v_i/2) eps_i, A_ic the expected negative log-density (up to constants) of q(z|x_i) under
 * component c, starting from the pretrained autoencoder and a mixture fitted by EM to its latent vectors
 * ({@link VadeTrainer}). A row's cluster is the mixture's posterior of its mean m.
 *
 * <p>Deviations from the paper: a Gaussian decoder with sigma_x^2 the pretrained reconstruction error (the paper
 * uses a Bernoulli decoder for binary-like images), q(c|x) at its exact optimum instead of p(c|z) of the sample,
 * Adam's initial step size 5e-4 instead of 0.002, and the mixture initialised by one EM step from k-means on the
 * pretrained latent vectors.</p>
 *
 * <p>Reference: Z. Jiang, Y. Zheng, H. Tan, B. Tang, H. Zhou: Variational Deep Embedding: An Unsupervised and
 * Generative Approach to Clustering. IJCAI 2017, pp. 1965-1972.</p>
 */
public final class VadeEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "vade";

  /** @param initializer initial centroids */
  @Inject
  public VadeEngine(ClusterInitializer initializer) {
    super(NAME, new VadeTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
  }

  /** With k-means++ initialisation, for use without an injector. */
  public VadeEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Variational Deep Embedding: a variational autoencoder with a Gaussian mixture prior trained on the"
        + " negative ELBO (Gaussian decoder, Adam); clusters by the mixture's posterior. " + Citations.vadeOneLine();
  }
}
