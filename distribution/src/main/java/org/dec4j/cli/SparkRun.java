package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.api.select.KRequest;
import org.dec4j.spark.SparkEngine;

/**
 * {@code cluster --spark MASTER --partitions N}: the fit through Spark ML ({@link SparkEngine} of dec-spark), on a
 * session of that master started before the data are read and stopped after the fit. Spark is not shipped with the
 * command line: {@code ./dec} adds {@code $SPARK_HOME/jars} to the class path, and without them the run stops
 * before any work with a line that says so. No Spark type is named here, so the command line compiles without
 * Spark.
 */
final class SparkRun {
  private final SparkEngine engine;

  private SparkRun(SparkEngine engine) {
    this.engine = engine;
  }

  /**
   * @param master Spark's master URL
   * @param partitions partitions of the data set
   * @param localSteps steps of each partition between two averagings
   * @param k the K asked for: one, not a range to choose among
   * @param config the configuration, its engine included
   * @return the run, its session started
   * @throws IllegalArgumentException if K is a choice, partitions is below 1, the engine is unknown or Spark is not
   *     on the class path
   */
  static SparkRun start(String master, int partitions, int localSteps, KRequest k, DecConfig config) {
    if (k.choosing()) {
      throw new IllegalArgumentException("--spark fits one K; give --k a single number");
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1 (got " + partitions + ")");
    }
    if (localSteps < 1) {
      throw new IllegalArgumentException("--local-steps must be at least 1 (got " + localSteps + ")");
    }
    try {
      return new SparkRun(SparkEngine.start(master, partitions, config.get(Settings.ENGINE)).localSteps(localSteps));
    } catch (NoClassDefFoundError e) {
      throw new IllegalArgumentException("--spark needs Spark 3.5 for Scala 2.12 on the class path (missing "
          + e.getMessage() + "); set SPARK_HOME to its installation and run ./dec, which adds $SPARK_HOME/jars", e);
    }
  }

  /**
   * Fits through Spark and stops the session.
   *
   * @param prepared the prepared data
   * @param k the K
   * @param config the configuration
   * @param listener progress
   * @param cancel cancellation
   * @return the result, as {@link TableClusterer#fit} gives it
   */
  TableClusterer.Result fit(TableClusterer.Prepared prepared, KRequest k, DecConfig config,
      TrainingListener listener, CancellationToken cancel) {
    try (SparkEngine e = engine) {
      return TableClusterer.fit(prepared, k.k(), e, config, listener, cancel);
    }
  }
}
