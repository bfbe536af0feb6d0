package org.dec4j.spark;

import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReadable;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.StructType;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.parallel.DataParallelEngine;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

/**
 * Deep embedded clustering as a Spark ML estimator, with the conventions of MLlib's {@code KMeans}: the rows of
 * {@code featuresCol} (a vector column) are clustered into {@code k} clusters by the dec4j engine the
 * {@code engine} param names, found by name ({@link Engines}), and {@link #fit} returns a
 * {@link DecClusteringModel} whose {@code transform} adds {@code predictionCol} and {@code probabilityCol}. Every
 * dec4j setting is a param of this stage, generated from the one declaration ({@link DecParams}); MLlib's
 * {@code seed}, {@code maxIter} and {@code tol} are the dec4j settings of those names.
 *
 * <p>The engines that can ({@code dec}, {@code idec}, {@code ae-kmeans}: {@link DataParallelEngine}) train where
 * the rows are, by parameter averaging every {@code localSteps} steps per partition ({@link SparkRows}: the rows
 * are never collected). The others, or any with {@code dataParallel} false, fit on the driver: a data set of at
 * most {@code fitSampleRows} rows whole, a larger one on a seeded sample of that many rows ({@link FitSample}).
 * Prediction is distributed ({@link DecClusteringModel#transform}).</p>
 */
public final class DecClustering extends Estimator<DecClusteringModel> implements DefaultParamsWritable,
    DecColumns<DecClustering> {
  private static final long serialVersionUID = 1L;
  private final String uid;
  private final DecParams params;

  /** Creates the estimator with a random identifier. */
  public DecClustering() {
    this(Identifiable$.MODULE$.randomUID("decClustering"));
  }

  /**
   * Creates the estimator; Spark's readers and {@code copy} call this.
   *
   * @param uid its identifier
   */
  public DecClustering(String uid) {
    this.uid = uid;
    this.params = new DecParams(this);
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Param<?>[] params() {
    return params.all();
  }

  /**
   * @param k number of clusters, at least 2
   * @return this
   */
  public DecClustering setK(int k) {
    set(params.k, k);
    return this;
  }

  /**
   * @param seed the dec4j seed every random choice derives from (sampling included)
   * @return this
   */
  public DecClustering setSeed(long seed) {
    params.set(this, Settings.SEED, seed);
    return this;
  }

  /**
   * @param maxIter the dec4j setting max-iter: most clustering batches
   * @return this
   */
  public DecClustering setMaxIter(int maxIter) {
    params.set(this, Settings.MAX_ITER, maxIter);
    return this;
  }

  /**
   * @param tol the dec4j setting tol: the share of changed labels below which clustering stops
   * @return this
   */
  public DecClustering setTol(double tol) {
    params.set(this, Settings.TOL, tol);
    return this;
  }

  /**
   * @param rows most rows fitted on the driver; a larger data set is fitted on a seeded sample of this many
   * @return this
   */
  public DecClustering setFitSampleRows(int rows) {
    set(params.fitSampleRows, rows);
    return this;
  }

  /**
   * @param steps optimizer steps each partition runs between two averagings of a data-parallel fit
   * @return this
   */
  public DecClustering setLocalSteps(int steps) {
    set(params.localSteps, steps);
    return this;
  }

  /**
   * @param on whether an engine that can trains where the rows are (true by default)
   * @return this
   */
  public DecClustering setDataParallel(boolean on) {
    set(params.dataParallel, on);
    return this;
  }

  /**
   * Sets any dec4j setting from its text, as the command line reads it.
   *
   * @param name the setting's name ("pretrain-steps") or its param's ("pretrainSteps")
   * @param value the text ("200", "auto", "64,32,10", "RELU")
   * @return this
   * @throws IllegalArgumentException with the declaration's message if refused
   */
  public DecClustering setSetting(String name, String value) {
    params.setSetting(this, name, value);
    return this;
  }

  /** @return the configuration the params describe (validated) */
  public DecConfig config() {
    return params.config(this);
  }

  /**
   * Sets every dec4j setting's param from a configuration.
   *
   * @param config the configuration
   * @return this
   */
  public DecClustering setConfig(DecConfig config) {
    for (Setting<?> s : Settings.all()) {
      params.setSetting(this, s.name(), s.format(config.get(s)));
    }
    return this;
  }

  @Override
  public DecClusteringModel fit(Dataset<?> dataset) {
    return fit(dataset, TrainingListener.NONE, CancellationToken.create());
  }

  /**
   * Fits, reporting the engine's progress and checking for cancellation between its batches.
   *
   * @param dataset the data set
   * @param listener receives the engine's progress
   * @param cancel checked by the engine
   * @return the model
   * @throws org.dec4j.api.progress.TrainingCancelledException if cancelled
   */
  public DecClusteringModel fit(Dataset<?> dataset, TrainingListener listener, CancellationToken cancel) {
    transformSchema(dataset.schema(), true);
    DecConfig config = config();
    int k = (Integer) getOrDefault(params.k);
    String col = getOrDefault(params.featuresCol);
    ClusteringEngine engine = Engines.get(config.get(Settings.ENGINE));
    ClusterModel model;
    if ((Boolean) getOrDefault(params.dataParallel) && engine instanceof DataParallelEngine p && p.dataParallel()) {
      int d = FitSample.size(dataset, col);
      try (SparkRows rows = SparkRows.of(dataset, col, FitSample.names(dataset.select(col), col, d), d)) {
        model = p.fit(rows, k, config, (Integer) getOrDefault(params.localSteps), listener, cancel);
      }
    } else {
      if ((Boolean) getOrDefault(params.dataParallel)) {
        listener.warning(engine.name() + " trains on one machine only (data-parallel: dec, idec, ae-kmeans): it is"
            + " fitted on the driver on at most fitSampleRows rows");
      }
      FloatMatrix x = FitSample.take(dataset, col, (Integer) getOrDefault(params.fitSampleRows),
          config.get(Settings.SEED));
      model = engine.fit(x, k, config, listener, cancel).model();
    }
    DecClusteringModel fitted = new DecClusteringModel(uid, model);
    copyValues(fitted, ParamMap.empty());
    return fitted.setParent(this);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return DecClusteringModel.outputSchema(schema, params, this);
  }

  @Override
  public DecClustering copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** @return Spark's reader of saved estimators */
  public static MLReader<DecClustering> read() {
    return new DefaultParamsReadable<DecClustering>() {
    }.read();
  }

  /**
   * @param path where {@link #save} wrote it
   * @return the estimator
   */
  public static DecClustering load(String path) {
    return read().load(path);
  }
}
