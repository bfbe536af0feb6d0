package org.dec4j.engine;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.cluster.DecModelCodec;
import org.dec4j.engine.cluster.ClusteringTrainer;
import org.dec4j.engine.runtime.Nd4jRuntime;

import java.util.List;

/**
 * An engine of the autoencoder family: it runs its {@link ClusteringTrainer} under {@link Nd4jRuntime}
 * and saves its models as {@link org.dec4j.engine.cluster.DecModel}s (encoder, centroids, scaling) under its own
 * name, so that {@link org.dec4j.api.engine.Engines#read} routes a saved model back to it. Subclasses give the
 * name, the description and the trainer.
 */
public abstract class EmbeddedClusteringEngine implements ClusteringEngine {
  private final String name;
  private final ClusteringTrainer trainer;

  /**
   * @param name the engine's name
   * @param trainer the algorithm
   */
  protected EmbeddedClusteringEngine(String name, ClusteringTrainer trainer) {
    this.name = name;
    this.trainer = trainer;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final FitResult fit(FloatMatrix data, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    return Nd4jRuntime.call(config.deterministic(), () -> trainer.fit(name, data, config, listener, cancel));
  }

  @Override
  public final List<FitResult> fitEachK(FloatMatrix data, DecConfig config, int[] ks, TrainingListener listener,
      CancellationToken cancel) {
    return Nd4jRuntime.call(config.deterministic(), () -> trainer.fitEachK(name, data, config, ks, listener,
        cancel));
  }

  @Override
  public final ClusterModel read(ModelArchive archive) throws ModelFormatException {
    if (!name.equals(archive.engine())) {
      throw new ModelFormatException("the model was written by engine '" + archive.engine() + "', not '" + name
          + "'");
    }
    return DecModelCodec.read(archive);
  }
}
