package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.DacTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "dac" engine: Deep Adaptive Clustering, pairwise binary classification on label features.
 */
public final class DacEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "dac";

  /** @param initializer initial centroids (k-means on the pretrained latent vectors) */
  @Inject
  public DacEngine(ClusterInitializer initializer) {
    super(NAME, new DacTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
  }

  /** With k-means++ initialisation, for use without an injector. */
  public DacEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Deep Adaptive Clustering: pretrained encoder + softmax layer started at the AE+k-means clusters,"
        + " trained as pairwise binary classification of confident pairs (adaptive thresholds). "
        + Citations.dacOneLine();
  }
}
