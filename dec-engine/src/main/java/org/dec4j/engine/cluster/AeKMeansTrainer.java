package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.math.DecMath;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The autoencoder + k-means baseline: DEC's pretrained autoencoder ({@link EmbeddedClusteringTrainer}) and k-means
 * on its latent vectors, with no refinement, minimising
 * \[ \min_{\mu} \sum_i \min_j \| f(x_i) - \mu_j \|^2 \]
 * for the fixed pretrained encoder f. The model is a DEC model holding the k-means centroids: its hard
 * assignments are the nearest centroids, its soft assignments DEC's Student's t kernel (whose largest value is
 * the nearest centroid).
 *
 * <p>Reference: the AE+k-means baseline of J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for
 * Clustering Analysis. ICML 2016, section 4.</p>
 */
public final class AeKMeansTrainer extends EmbeddedClusteringTrainer {
  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer k-means on the latent vectors
   */
  public AeKMeansTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer,
      ClusterInitializer initializer) {
    super(autoencoders, pretrainer, initializer);
  }

  /** Keeps the k-means centroids; no REFINE phase runs. */
  @Override
  protected RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    int n = p.rows();
    double[] q = DecMath.softAssignments(z, n, config.latentSize(), init.centroids(), config.k(), config.alpha());
    int[] labels = DecMath.hardAssignments(q, n, config.k());
    return new RefinementOutcome(labels, q, z, init.centroids().clone(), 0, Double.NaN, Double.NaN,
        StopReason.NO_REFINEMENT, 0, List.of());
  }
}
