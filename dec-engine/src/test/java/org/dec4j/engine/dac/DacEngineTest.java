package org.dec4j.engine.dac;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.StopReason;
import org.dec4j.engine.Blobs;
import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.math.SoftAssignments;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What is DAC's own: its model is the softmax of K logits with the clusters' mean logits as centroids, it starts
 * from the AE+k-means clusters, and its threshold schedule ends the training. The overlapping blobs (centres 0.6
 * standard deviations apart per coordinate) give it pairs to learn from; on well separated blobs the initial
 * softmax is one-hot, every similarity is clipped and no pair carries a gradient.
 */
class DacEngineTest {
  @Test
  void theModelIsTheSoftmaxOfKLogitsAndItsCentroidsTheClustersMeanLogits() {
    FitResult fit = Engines.get(DacEngine.NAME).fit(Blobs.blobs(0.6), Blobs.K, Blobs.smallConfig().build());
    ClusterModel model = fit.model();
    assertEquals(Blobs.K, model.latentDimension());
    int n = fit.labels().length;
    double[] logits = toDouble(fit.embedding().toArray());
    assertArrayEquals(SoftAssignments.softmax(logits, n, Blobs.K), toDouble(fit.softAssignments().toArray()), 1e-6);
    double[] means = Assignments.clusterMeans(logits, n, Blobs.K, fit.labels(), Blobs.K);
    assertArrayEquals(means, toDouble(model.centroids().toArray()), 1e-4);
    assertEquals(true, fit.model().summary().refineIterations() > 0);
  }

  @Test
  void withoutTrainingTheNetworkReproducesTheKMeansClusters() {
    FitResult dac = Engines.get("dac").fit(Blobs.data(), Blobs.K, Blobs.smallConfig().set(Settings.MAX_ITER, 0)
        .build());
    FitResult aeKMeans = Engines.get("ae-kmeans").fit(Blobs.data(), Blobs.K, Blobs.smallConfig().build());
    assertEquals(StopReason.NO_REFINEMENT, dac.model().summary().stopReason());
    assertArrayEquals(aeKMeans.labels(), dac.labels());
  }

  /**
   * lambda grows by the paper's rate per epoch at every check; once u(lambda) &lt;= l(lambda) the network is no
   * longer trained, so running longer changes nothing.
   */
  @Test
  void theThresholdScheduleEndsTheTraining() {
    DecConfig config = Blobs.smallConfig().build();
    int n = Blobs.K * Blobs.PER;
    int interval = config.get(Settings.UPDATE_INTERVAL);
    double step = DacEngine.lambdaStep(config, n);
    assertEquals(1.1 * 0.009 * interval * config.get(Settings.BATCH_SIZE) / n, step, 1e-12);
    int end = (int) Math.ceil(0.45 / step) * interval;
    FitResult atEnd = fit(end);
    FitResult longer = fit(end + 2 * interval);
    FitResult before = fit(end - interval);
    assertArrayEquals(atEnd.embedding().toArray(), longer.embedding().toArray(), 0f);
    assertFalse(Arrays.equals(atEnd.embedding().toArray(), before.embedding().toArray()));
  }

  private static FitResult fit(int maxIter) {
    return Engines.get("dac").fit(Blobs.blobs(0.6), Blobs.K, Blobs.smallConfig().set(Settings.TOL, 0.0)
        .set(Settings.MAX_ITER, maxIter).build());
  }

  private static double[] toDouble(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }
}
