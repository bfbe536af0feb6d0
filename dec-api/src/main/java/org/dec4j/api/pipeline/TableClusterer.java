package org.dec4j.api.pipeline;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.Preparation;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.data.Table;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.pipeline.PreparedModel;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.api.report.ClusterProfiles;
import org.dec4j.api.select.KRequest;
import org.dec4j.api.select.KSelector;

import java.util.Arrays;
import java.util.List;

/**
 * What every front-end runs to cluster a table: warn about settings the chosen engine ignores, fit the data
 * preparation, prepare the table, then fit the engine named by the configuration with the requested K, or choose K
 * among the candidates ({@link KSelector}). The command line, Weka and ELKI all call this, so the same data and
 * settings give the same clusters in each.
 */
public final class TableClusterer {
  private TableClusterer() {
  }

  /**
   * One clustering of a table.
   *
   * @param model the preparation and the model, ready to save or to predict
   * @param data the prepared training data (features and class labels)
   * @param fit the fit: the model's assignments of the training rows
   * @param selection how K was chosen, or null when it was given
   */
  public record Result(PreparedModel model, PreparedData data, FitResult fit, KSelector.Selection selection) {
    /**
     * @param perCluster typical and uncertain rows listed per cluster
     * @return the clusters of the training data, each with its size, confidence and the features that set it apart
     */
    public ClusterProfiles profiles(int perCluster) {
      return ClusterProfiles.of(data.features(), fit.softAssignments(), fit.embedding(), fit.model().centroids(),
          perCluster, PROFILE_FEATURES);
    }
  }

  /** Features listed per cluster in the profiles the front-ends print. */
  public static final int PROFILE_FEATURES = 5;

  /**
   * The data preparation fitted on a table and applied to it.
   *
   * @param preparation the fitted preparation
   * @param data the features and class labels of the table
   */
  public record Prepared(Preparation preparation, PreparedData data) {
  }

  /**
   * @param table the data
   * @param classColumn the column to leave out as the class, or null
   * @param config configuration (its data settings)
   * @return the preparation and the prepared data
   * @throws IllegalArgumentException naming a column that cannot be used
   */
  public static Prepared prepare(Table table, String classColumn, DecConfig config) {
    Preparation preparation = Preparation.fit(table, classColumn, config);
    return new Prepared(preparation, preparation.apply(table));
  }

  /**
   * @param table the data
   * @param classColumn the column to leave out as the class, or null
   * @param k the number of clusters, or candidates to choose among (those above the number of rows are dropped)
   * @param config configuration, its engine included
   * @param listener progress and warnings
   * @param cancel cancellation
   * @return the result
   * @throws IllegalArgumentException if the data, K or the engine's name do not fit
   */
  public static Result fit(Table table, String classColumn, KRequest k, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    return fit(prepare(table, classColumn, config), k, config, listener, cancel);
  }

  /**
   * @param prepared the prepared data ({@link #prepare})
   * @param k the number of clusters, or candidates to choose among (those above the number of rows are dropped, with
   *     a warning)
   * @param config configuration, its engine included
   * @param listener progress and warnings
   * @param cancel cancellation
   * @return the result
   * @throws IllegalArgumentException if K or the engine's name do not fit
   */
  public static Result fit(Prepared prepared, KRequest k, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    if (k.choosing()) {
      KSelector.Selection selection = select(prepared, k, null, config, listener, cancel);
      return new Result(new PreparedModel(prepared.preparation(), selection.chosen().model()), prepared.data(),
          selection.chosen(), selection);
    }
    return fit(prepared, k.k(), Engines.get(config.get(Settings.ENGINE)), config, listener, cancel);
  }

  /**
   * Fits one K with a given engine: the configuration's engine, or one that runs it elsewhere (dec-spark's, which
   * fits it through Spark ML).
   *
   * @param prepared the prepared data ({@link #prepare})
   * @param k the number of clusters
   * @param engine the engine; its {@link ClusteringEngine#name()} says whose settings are read
   * @param config configuration
   * @param listener progress and warnings
   * @param cancel cancellation
   * @return the result
   * @throws IllegalArgumentException if K does not fit
   */
  public static Result fit(Prepared prepared, int k, ClusteringEngine engine, DecConfig config,
      TrainingListener listener, CancellationToken cancel) {
    warnUnread(config, List.of(engine.name()), listener);
    FitResult fit = engine.fit(prepared.data().features(), k, config, listener, cancel);
    return new Result(new PreparedModel(prepared.preparation(), fit.model()), prepared.data(), fit, null);
  }

  /**
   * Chooses K (and, given several, the latent size) with the configuration's engine: the one selection of every
   * front-end.
   *
   * @param prepared the prepared data ({@link #prepare})
   * @param k the candidates (those above the number of rows are dropped, with a warning) and the seeds per K
   * @param latents latent sizes to try, or null for the configuration's
   * @param config configuration, its engine included
   * @param listener progress and warnings
   * @param cancel cancellation
   * @return the selection
   * @throws IllegalArgumentException if no candidate fits the data or the engine's name is unknown
   */
  public static KSelector.Selection select(Prepared prepared, KRequest k, int[] latents, DecConfig config,
      TrainingListener listener, CancellationToken cancel) {
    ClusteringEngine engine = Engines.get(config.get(Settings.ENGINE));
    warnUnread(config, List.of(engine.name()), listener);
    int n = prepared.data().features().rows();
    int[] ks = Arrays.stream(k.ks()).filter(x -> x <= n).toArray();
    if (ks.length == 0) {
      ClusteringEngine.checkK(k.ks()[0], n);
    }
    if (ks.length < k.ks().length) {
      listener.warning("K above the " + n + " rows left out of the choice: " + Arrays.toString(Arrays.stream(k.ks())
          .filter(x -> x > n).toArray()));
    }
    return KSelector.select(engine, prepared.data().features(), new KRequest(ks, k.seeds()), latents, config,
        listener, cancel);
  }

  /**
   * Names, once, each setting given a value that none of the engines reads.
   *
   * @param config configuration
   * @param engines the engines that will run (names in any case)
   * @param listener where the warnings go
   */
  public static void warnUnread(DecConfig config, List<String> engines, TrainingListener listener) {
    config.unreadBy(engines.stream().map(e -> Engines.get(e).name()).toList()).forEach(listener::warning);
  }
}
