package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.engine.Engines;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.DecTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "dec" engine: Deep Embedded Clustering on ND4J, minimising
 * \[ L = KL(P \| Q) = \sum_i \sum_j p_{ij} \log \frac{p_{ij}}{q_{ij}} \]
 * over encoder and centroids after autoencoder pretraining ({@link DecTrainer}).
 *
 * <p>Reference: J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for Clustering Analysis. ICML 2016.</p>
 */
public final class DecEngine extends EmbeddedClusteringEngine {
  /** @param initializer initial centroids */
  @Inject
  public DecEngine(ClusterInitializer initializer) {
    super(Engines.DEC, new DecTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
  }

  /** A DEC engine with k-means++ initialisation, for use without an injector. */
  public DecEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Deep Embedded Clustering: autoencoder pretraining, k-means in the latent space, then joint refinement"
        + " of encoder and centroids by KL(P||Q). " + Citations.decOneLine();
  }
}
