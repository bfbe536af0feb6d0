package org.dec4j.cli.compare;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

/**
 * A deep clustering engine of the SPI, by name, with the configured settings and the run's seed. Its time is that
 * of its phases (pretraining, k-means, clustering), so that an engine which reused the autoencoder pretrained for
 * the engine before it on the same seed is charged the pretraining all the same.
 */
final class EngineMethod implements ClusteringMethod {
  private final String engine;
  private final DecConfig config;
  private final TrainingListener progress;

  EngineMethod(String engine, DecConfig config, TrainingListener progress) {
    this.engine = engine;
    this.config = config;
    this.progress = progress;
  }

  @Override
  public String engine() {
    return engine;
  }

  @Override
  public String id() {
    return engine;
  }

  @Override
  public String name() {
    return engine.toUpperCase(java.util.Locale.ROOT) + " (dec4j)";
  }

  @Override
  public Run run(FloatMatrix x, int k, long seed) {
    DecConfig c = config.toBuilder().set(Settings.ENGINE, engine).set(Settings.SEED, seed).build();
    FitResult r = Engines.get(engine).fit(x, k, c, progress, CancellationToken.create());
    TrainingSummary s = r.model().summary();
    return new Run(r.labels(), r.embedding(), s.totalSeconds(), s.effect());
  }
}
