package org.dec4j.engine.cluster;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingCancelledException;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.DacEngine;
import org.dec4j.engine.math.MixtureMath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "dac" engine on the small blobs: it is registered, separates the blobs, starts from the AE+k-means clusters,
 * repeats for a seed, saves and loads with its softmax head, reports progress, stops when cancelled and is
 * watched for collapse.
 */
class DacEngineTest {
  private static FitResult fit;

  @BeforeAll
  static void fitOnce() {
    fit = Engines.get(DacEngine.NAME).fit(Blobs.data(), Blobs.smallConfig().build());
  }

  @Test
  void isRegisteredAndSeparatesTheBlobs() {
    assertTrue(Engines.names().contains("dac"));
    assertEquals("dac", new DacEngine().name());
    assertTrue(Engines.get("dac").description().contains("Deep Adaptive"));
    int[] labels = fit.labels();
    for (int b = 0; b < Blobs.K; b++) {
      for (int i = 0; i < Blobs.PER; i++) {
        assertEquals(labels[b * Blobs.PER], labels[b * Blobs.PER + i], "row " + (b * Blobs.PER + i));
      }
    }
    assertEquals(Blobs.K, Arrays.stream(labels).distinct().count());
    assertTrue(fit.model().summary().refineIterations() > 0);
  }

  @Test
  void theModelIsTheSoftmaxOfKLogitsAndItsCentroidsTheClustersMeanLogits() {
    ClusterModel model = fit.model();
    assertEquals(Blobs.K, model.latentDimension());
    int n = fit.labels().length;
    double[] logits = toDouble(fit.embedding().toArray());
    assertArrayEquals(MixtureMath.softmax(logits, n, Blobs.K), toDouble(fit.softAssignments().toArray()), 1e-6);
    assertArrayEquals(fit.labels(), ClusterModel.argmaxRows(fit.softAssignments()));
    double[] means = org.dec4j.engine.math.DacMath.clusterMeans(logits, n, Blobs.K, fit.labels(), Blobs.K);
    assertArrayEquals(means, toDouble(model.centroids().toArray()), 1e-4);
  }

  @Test
  void withoutTrainingTheNetworkReproducesTheKMeansClusters() {
    FitResult dac = Engines.get("dac").fit(Blobs.data(), Blobs.smallConfig().maxIterations(0).build());
    FitResult aeKMeans = Engines.get("ae-kmeans").fit(Blobs.data(), Blobs.smallConfig().build());
    assertEquals(StopReason.NO_REFINEMENT, dac.model().summary().stopReason());
    assertArrayEquals(aeKMeans.labels(), dac.labels());
  }

  @Test
  void sameSeedSameModelOtherSeedOtherNetwork() {
    FitResult again = Engines.get("dac").fit(Blobs.data(), Blobs.smallConfig().build());
    assertArrayEquals(fit.labels(), again.labels());
    assertArrayEquals(fit.softAssignments().toArray(), again.softAssignments().toArray(), 0f);
    assertArrayEquals(fit.embedding().toArray(), again.embedding().toArray(), 0f);
    assertArrayEquals(fit.model().centroids().toArray(), again.model().centroids().toArray(), 0f);
    FitResult other = Engines.get("dac").fit(Blobs.data(), Blobs.smallConfig().seed(8).build());
    assertFalse(Arrays.equals(fit.embedding().toArray(), other.embedding().toArray()));
  }

  @Test
  void savedModelLoadsAndPredictsIdentically(@TempDir Path dir) throws Exception {
    ClusterModel model = fit.model();
    assertArrayEquals(fit.labels(), model.assign(Blobs.data()));
    Path file = dir.resolve("dac.zip");
    model.save(file);
    ClusterModel loaded = Engines.load(file);
    assertEquals("dac", loaded.engineName());
    assertEquals(model.config(), loaded.config());
    assertArrayEquals(model.softAssignments(Blobs.data()).toArray(), loaded.softAssignments(Blobs.data()).toArray(),
        0f);
    assertArrayEquals(fit.labels(), loaded.assign(Blobs.data()));
    assertArrayEquals(model.centroids().toArray(), loaded.centroids().toArray(), 0f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.writeTo(bytes);
    DecModel direct = DecModelCodec.read(ModelArchive.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(ClusterHead.Kind.SOFTMAX, direct.head().kind());
    assertArrayEquals(fit.labels(), direct.assign(Blobs.data()));
  }

  @Test
  void progressCoversThePhasesAndCancellationStopsWithoutAModel() {
    List<String> phases = new ArrayList<>();
    List<TrainingEvent> refine = new ArrayList<>();
    Engines.get("dac").fit(Blobs.data(), Blobs.smallConfig().build(), new TrainingListener() {
      @Override
      public void phaseEnded(Phase phase, double seconds, String summary) {
        phases.add(phase.name());
      }

      @Override
      public void progress(TrainingEvent e) {
        if (e.phase() == Phase.REFINE) {
          refine.add(e);
        }
      }
    }, CancellationToken.create());
    assertEquals(List.of("PREPARE", "PRETRAIN", "INIT", "REFINE"), phases);
    assertTrue(refine.size() >= 2);
    assertEquals(Blobs.K, refine.get(refine.size() - 1).clusterSizes().length);
    for (TrainingEvent e : refine) {
      assertTrue(Double.isFinite(e.loss()) && e.loss() >= 0, e.toString());
    }
    CancellationToken token = CancellationToken.create();
    ClusteringEngine e = Engines.get("dac");
    assertThrows(TrainingCancelledException.class, () -> e.fit(Blobs.data(), Blobs.smallConfig().build(),
        new TrainingListener() {
          @Override
          public void phaseStarted(Phase phase, long totalSteps) {
            if (phase == Phase.REFINE) {
              token.cancel();
            }
          }
        }, token));
  }

  /**
   * Lambda grows by the paper's rate per epoch at every check; once u(lambda) &lt;= l(lambda) the network is no
   * longer trained, so running longer changes nothing.
   */
  @Test
  void theThresholdScheduleEndsTheTraining() {
    DecConfig config = Blobs.smallConfig().build();
    int n = Blobs.K * Blobs.PER;
    double step = DacRefinement.lambdaStep(config, n);
    assertEquals(1.1 * 0.009 * config.updateInterval() * config.batchSize() / n, step, 1e-12);
    int checksToEnd = (int) Math.ceil(0.45 / step);
    int end = checksToEnd * config.updateInterval();
    FitResult atEnd = Engines.get("dac").fit(overlapping(), Blobs.smallConfig().tolerance(0).maxIterations(end)
        .build());
    FitResult longer = Engines.get("dac").fit(overlapping(), Blobs.smallConfig().tolerance(0)
        .maxIterations(end + 2 * config.updateInterval()).build());
    FitResult before = Engines.get("dac").fit(overlapping(), Blobs.smallConfig().tolerance(0)
        .maxIterations(end - config.updateInterval()).build());
    assertArrayEquals(atEnd.embedding().toArray(), longer.embedding().toArray(), 0f);
    assertFalse(Arrays.equals(atEnd.embedding().toArray(), before.embedding().toArray()));
  }

  /** With collapseFraction 1 any cluster under an equal share counts as collapsing: 4 clusters of 3 blobs are. */
  @Test
  void theCollapseWatchWarnsAndStopsButMovesNothing() {
    DecConfig.Builder uneven = Blobs.smallConfig().k(4).collapseFraction(1.0);
    List<String> warnings = new ArrayList<>();
    FitResult stopped = Engines.get("dac").fit(Blobs.data(), uneven.collapsePolicy(CollapsePolicy.STOP).build(),
        new TrainingListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        }, CancellationToken.create());
    assertEquals(StopReason.COLLAPSED, stopped.model().summary().stopReason());
    assertFalse(warnings.isEmpty());
    assertEquals(warnings, stopped.model().summary().warnings());
    FitResult reseeded = Engines.get("dac").fit(Blobs.data(), uneven.collapsePolicy(CollapsePolicy.RESEED).build());
    assertFalse(reseeded.model().summary().warnings().isEmpty());
    assertTrue(reseeded.model().summary().warnings().stream().noneMatch(w -> w.contains("reseeded")));
    assertEquals(4, reseeded.model().k());
  }

  /**
   * Three overlapping blobs (centres 0.6 standard deviations apart per coordinate), 120 x 30: unlike {@link Blobs},
   * whose clusters are so far apart that the initial softmax is one-hot and every pair's similarity is clipped
   * (no gradient), DAC has pairs to learn from.
   */
  private static FloatMatrix overlapping() {
    SplittableRandom rng = new SplittableRandom(5);
    double[][] centres = new double[Blobs.K][30];
    for (double[] c : centres) {
      for (int j = 0; j < c.length; j++) {
        c[j] = rng.nextGaussian() * 0.6;
      }
    }
    double[][] x = new double[Blobs.K * Blobs.PER][30];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < 30; j++) {
        x[i][j] = centres[i / Blobs.PER][j] + rng.nextGaussian();
      }
    }
    return FloatMatrix.of(x);
  }

  private static double[] toDouble(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }
}
