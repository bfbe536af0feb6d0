package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;

import java.util.SplittableRandom;

/**
 * Improved Deep Embedded Clustering: DEC ({@link EmbeddedClusteringTrainer}: pretraining, k-means on the latent
 * vectors), but the refinement keeps the decoder and minimises
 * \[ L = L_r + \gamma L_c = \frac{1}{b\,d} \sum_i \| x_i - g(f(x_i)) \|^2 + \gamma \, \frac{1}{b} KL(P \| Q) \]
 * so that the reconstruction loss preserves the local structure of the data while KL(P||Q) sharpens the clusters
 * ({@link IdecRefinement}). gamma is {@link DecConfig#gamma()} (0.1 as in the paper).
 *
 * <p>Reference: X. Guo, L. Gao, X. Liu, J. Yin: Improved Deep Embedded Clustering with Local Structure
 * Preservation. IJCAI 2017.</p>
 */
public final class IdecTrainer extends EmbeddedClusteringTrainer {
  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer initial centroids
   */
  public IdecTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer,
      ClusterInitializer initializer) {
    super(autoencoders, pretrainer, initializer);
  }

  @Override
  protected RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    return new IdecRefinement(p.ae(), init.centroids(), p.x(), p.rows(), config, rng, listener, cancel).run();
  }
}
