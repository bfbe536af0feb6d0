package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.DcnTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "dcn" engine: Deep Clustering Network, an autoencoder trained together with k-means in its latent space,
 * minimising
 * \[ L = \frac{1}{b\,d} \sum_i \| x_i - g(f(x_i)) \|^2 + \frac{\lambda}{2b} \sum_i \| f(x_i) - M s_i \|^2 \]
 * with hard assignments s_i and incrementally updated centroids M ({@link DcnTrainer}; lambda from
 * {@code DecConfig.lambda()}).
 *
 * <p>The k-means term contracts the latent space: on the digits (seed 0, lambda 1, 400 + 400 pretraining steps)
 * the mean squared distance of a row to its centroid falls from 2.7 after pretraining to 0.036, so the model's
 * Student's t soft assignments are close to uniform (largest value 0.12 to 0.23 with K = 10). Its hard
 * assignments (the nearest centroid) are the result; the soft ones rank the clusters correctly but are not
 * calibrated confidences.</p>
 *
 * <p>Reference: B. Yang, X. Fu, N. D. Sidiropoulos, M. Hong: Towards K-means-friendly Spaces: Simultaneous Deep
 * Learning and Clustering. ICML 2017.</p>
 */
public final class DcnEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "dcn";

  /** @param initializer initial centroids */
  @Inject
  public DcnEngine(ClusterInitializer initializer) {
    super(NAME, new DcnTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
  }

  /** With k-means++ initialisation, for use without an injector. */
  public DcnEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Deep Clustering Network: autoencoder and k-means trained together (reconstruction + lambda/2 squared"
        + " distance to the assigned centroid, hard assignments, incremental centroids). " + Citations.dcnOneLine();
  }
}
