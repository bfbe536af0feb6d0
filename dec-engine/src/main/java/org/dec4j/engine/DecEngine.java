package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.DecModelCodec;
import org.dec4j.engine.cluster.DecTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.runtime.Nd4jRuntime;

/**
 * The "dec" engine: Deep Embedded Clustering on ND4J.
 *
 * <p>Reference: J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for Clustering Analysis. ICML 2016.</p>
 */
public final class DecEngine implements ClusteringEngine {
  private final DecTrainer trainer;

  /** @param initializer initial centroids */
  @Inject
  public DecEngine(ClusterInitializer initializer) {
    this.trainer = new DecTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer);
  }

  /** A DEC engine with k-means++ initialisation, for use without an injector. */
  public DecEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String name() {
    return Engines.DEC;
  }

  @Override
  public String description() {
    return "Deep Embedded Clustering: autoencoder pretraining, k-means in the latent space, then joint refinement"
        + " of encoder and centroids by KL(P||Q). " + Citations.decOneLine();
  }

  @Override
  public FitResult fit(FloatMatrix data, DecConfig config, TrainingListener listener, CancellationToken cancel) {
    return Nd4jRuntime.call(config.deterministic(), () -> trainer.fit(name(), data, config, listener, cancel));
  }

  @Override
  public java.util.List<FitResult> fitEachK(FloatMatrix data, DecConfig config, int[] ks, TrainingListener listener,
      CancellationToken cancel) {
    return Nd4jRuntime.call(config.deterministic(), () -> trainer.fitEachK(name(), data, config, ks, listener,
        cancel));
  }

  @Override
  public ClusterModel read(ModelArchive archive) throws ModelFormatException {
    return DecModelCodec.read(archive);
  }
}
