package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.AeKMeansTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "ae-kmeans" engine, the baseline DEC is compared against: DEC's pretrained autoencoder f and k-means++
 * ({@code kmeansRestarts} restarts) on its latent vectors, with no refinement, minimising
 * \[ \min_{\mu} \sum_i \min_j \| f(x_i) - \mu_j \|^2 \]
 * for the fixed f ({@link AeKMeansTrainer}).
 *
 * <p>Reference: the AE+k-means baseline of J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for
 * Clustering Analysis. ICML 2016.</p>
 */
public final class AeKMeansEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "ae-kmeans";

  /** @param initializer k-means on the latent vectors */
  @Inject
  public AeKMeansEngine(ClusterInitializer initializer) {
    super(NAME, new AeKMeansTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
  }

  /** With k-means++, for use without an injector. */
  public AeKMeansEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Autoencoder + k-means: DEC's pretrained autoencoder and k-means++ on its latent vectors, no"
        + " refinement (the baseline of the DEC paper). " + Citations.decOneLine();
  }
}
