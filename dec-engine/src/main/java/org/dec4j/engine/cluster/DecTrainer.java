package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;

import java.util.SplittableRandom;

/**
 * Deep Embedded Clustering: after pretraining and k-means on the latent vectors
 * ({@link EmbeddedClusteringTrainer}), refine encoder and centroids together by minimising
 * \[ L = KL(P \| Q) = \sum_i \sum_j p_{ij} \log \frac{p_{ij}}{q_{ij}} \]
 * ({@link DecRefinement}); the decoder is dropped.
 *
 * <p>Reference: J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for Clustering Analysis. ICML 2016.</p>
 */
public final class DecTrainer extends EmbeddedClusteringTrainer {
  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer initial centroids
   */
  public DecTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer, ClusterInitializer initializer) {
    super(autoencoders, pretrainer, initializer);
  }

  @Override
  protected RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    return new DecRefinement(p.ae().encoder(), init.centroids(), p.x(), p.rows(), config, rng, listener, cancel)
        .run();
  }
}
