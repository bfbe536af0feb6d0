package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.N2dTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "n2d" engine: the pretrained autoencoder's embedding f(x), its local manifold by UMAP, and a Gaussian
 * mixture there, maximising
 * \[ \sum_i \log \sum_c \pi_c\, \mathcal N\big(h(f(x_i)); \mu_c, \operatorname{diag}\sigma_c^2\big) \]
 * with h a network fitted to UMAP's coordinates so that saved models place new rows ({@link N2dTrainer}).
 *
 * <p>Reference: R. McConville, R. Santos-Rodriguez, R. J. Piechocki, I. Craddock: N2D: (Not Too) Deep Clustering via
 * Clustering the Local Manifold of an Autoencoded Embedding. ICPR 2020.</p>
 */
public final class N2dEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "n2d";

  /** @param initializer k-means for the latent vectors and the mixture's start */
  @Inject
  public N2dEngine(ClusterInitializer initializer) {
    super(NAME, new N2dTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
  }

  /** With k-means++, for use without an injector. */
  public N2dEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "N2D: UMAP on the pretrained autoencoder's embedding, then a Gaussian mixture; a network fitted to the"
        + " UMAP coordinates places new rows. " + Citations.n2dOneLine();
  }
}
