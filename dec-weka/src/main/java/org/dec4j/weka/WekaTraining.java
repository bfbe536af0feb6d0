package org.dec4j.weka;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.api.report.ClusterProfiles;
import org.dec4j.api.select.KSelector;

import java.util.stream.IntStream;

/**
 * One training run of the Weka clusterer: a fit with the requested K, or, for K = -1, a choice of K among
 * 2..maxClusters ({@link KSelector}, as the CLI's choose-k recommends); plus the text Weka's model summary shows
 * (the choice of K and the per-cluster profiles).
 *
 * @param result the fit used as the model
 * @param selection how K was chosen, or "" when it was given
 * @param profiles per-cluster profiles of the training data
 */
public record WekaTraining(FitResult result, String selection, String profiles) {
  /** Distinguishing features listed per cluster. */
  public static final int TOP_FEATURES = 5;

  /**
   * @param engine the engine
   * @param x prepared training rows
   * @param config configuration (its K is used unless numClusters is -1)
   * @param numClusters K, or -1 to choose it
   * @param maxClusters largest K tried when choosing
   * @param seeds seeds per K when choosing (stability needs 2 or more)
   * @param progress progress
   * @return the run
   */
  public static WekaTraining run(ClusteringEngine engine, FloatMatrix x, DecConfig config, int numClusters,
      int maxClusters, int seeds, TrainingListener progress) {
    FitResult result;
    String selection = "";
    if (numClusters == -1) {
      int top = Math.min(maxClusters, x.rows());
      if (top < 2) {
        throw new IllegalArgumentException("choosing K (numClusters -1) needs maxClusters >= 2 and at least 2"
            + " instances (maxClusters " + maxClusters + ", " + x.rows() + " instances)");
      }
      KSelector.Selection s = KSelector.select(engine, x, config, IntStream.rangeClosed(2, top).toArray(), seeds,
          progress, CancellationToken.create());
      result = s.chosen();
      selection = "numClusters -1: K chosen among 2.." + top + " with " + seeds + " seed(s) each (latent"
          + " silhouette, Davies-Bouldin, stability across seeds, smallest cluster)\n" + s.text();
    } else {
      result = engine.fit(x, config, progress, CancellationToken.create());
    }
    ClusterModel m = result.model();
    String profiles = ClusterProfiles.of(x, result.softAssignments(), result.embedding(), m.centroids(), 0,
        TOP_FEATURES).text(false);
    return new WekaTraining(result, selection, profiles);
  }
}
