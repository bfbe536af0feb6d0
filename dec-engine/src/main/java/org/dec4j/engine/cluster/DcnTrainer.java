package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;

import java.util.SplittableRandom;

/**
 * Deep Clustering Network: after pretraining and k-means on the latent vectors ({@link EmbeddedClusteringTrainer}),
 * encoder, decoder, assignments and centroids are trained together on
 * \[ L = \frac{1}{b\,d} \sum_i \| x_i - g(f(x_i)) \|^2 + \frac{\lambda}{2b} \sum_i \| f(x_i) - M s_i \|^2 \]
 * by alternating network steps, nearest-centroid assignments and incremental centroid updates
 * ({@link DcnRefinement}). lambda is {@link DecConfig#lambda()}.
 *
 * <p>Reference: B. Yang, X. Fu, N. D. Sidiropoulos, M. Hong: Towards K-means-friendly Spaces: Simultaneous Deep
 * Learning and Clustering. ICML 2017.</p>
 */
public final class DcnTrainer extends EmbeddedClusteringTrainer {
  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer initial centroids
   */
  public DcnTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer,
      ClusterInitializer initializer) {
    super(autoencoders, pretrainer, initializer);
  }

  @Override
  protected RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    return new DcnRefinement(p.ae(), init.centroids(), init.labels(), p.x(), config, rng, listener, cancel).run();
  }
}
