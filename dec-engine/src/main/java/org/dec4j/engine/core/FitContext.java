package org.dec4j.engine.core;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.runtime.Nd4jRuntime;
import org.dec4j.engine.scaling.FeatureScaler;

import java.io.Serializable;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * What every task of one data-parallel fit needs, sent to the workers once: the engine's name, the resolved
 * configuration (as its JSON, which every worker parses alike), K and the fitted scaling. Each worker builds its
 * own networks from it; nothing mutable is shared between the tasks of one JVM.
 */
final class FitContext implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String engine;
  private final String config;
  private final int k;
  private final String scaling;
  private final double[] offset;
  private final double[] factor;
  private final boolean deterministic;
  private transient volatile DecConfig parsed;
  private transient volatile EmbeddedClusteringEngine found;

  FitContext(String engine, DecConfig config, int k, FeatureScaler scaler) {
    this.engine = engine;
    this.config = config.toJson();
    this.k = k;
    this.scaling = scaler.method().name();
    this.offset = scaler.offset();
    this.factor = scaler.factor();
    this.deterministic = config.get(Settings.DETERMINISTIC);
  }

  int k() {
    return k;
  }

  /** @return the configuration, parsed once per worker (it is immutable, so the tasks of one JVM share it) */
  DecConfig config() {
    DecConfig c = parsed;
    if (c == null) {
      c = DecConfig.fromJson(config);
      parsed = c;
    }
    return c;
  }

  /** @return the engine, found by name on the worker as on the driver (once per worker) */
  EmbeddedClusteringEngine engine() {
    EmbeddedClusteringEngine e = found;
    if (e == null) {
      e = (EmbeddedClusteringEngine) Engines.get(engine);
      found = e;
    }
    return e;
  }

  /**
   * @param rows a partition's rows
   * @return them scaled as the model will scale them, row-major
   */
  float[] scale(FloatMatrix rows) {
    return new FeatureScaler(Scaling.valueOf(scaling), offset, factor).transform(rows);
  }

  /**
   * @param inputSize the rows' columns
   * @param params the autoencoder's flat parameters first (more may follow: centroids, optimizer state)
   * @return a new autoencoder of the configured shape holding them
   */
  Autoencoder autoencoder(int inputSize, float[] params) {
    return new AutoencoderFactory().holding(inputSize, config(), params);
  }

  /**
   * The engine's refinement on one partition's rows, started from shared centroids.
   *
   * @param x the partition's scaled rows
   * @param n its rows
   * @param ae the autoencoder with the shared parameters
   * @param mu the shared centroids
   * @param rng the partition's generator for this round
   * @return the refinement
   */
  Refinement refinement(float[] x, int n, Autoencoder ae, double[] mu, SplittableRandom rng) {
    Start start = new Start(x, n, k, ae, null, new ClusterInitializer.Result(mu, null, Double.NaN), config(), rng,
        TrainingListener.NONE, CancellationToken.create());
    return engine().refinement(start);
  }

  /**
   * @param seed the fit's seed
   * @param round a round
   * @param partition a partition
   * @return the generator of that partition in that round, derived from the seed
   */
  SplittableRandom random(long seed, int round, int partition) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (round * 65_537L + partition + 1)));
  }

  /** Runs worker-side ND4J work as the engine runs it on one machine (on one thread where deterministic). */
  <T> T onWorker(Supplier<T> work) {
    return Nd4jRuntime.call(deterministic, work);
  }
}
