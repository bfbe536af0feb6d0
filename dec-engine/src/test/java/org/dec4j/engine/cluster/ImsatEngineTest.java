package org.dec4j.engine.cluster;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
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
import org.dec4j.engine.EmbeddedClusteringEngine;
import org.dec4j.engine.ImsatEngine;
import org.dec4j.engine.cluster.ImsatTrainer.Perturbation;
import org.dec4j.engine.cluster.ImsatTrainer.Settings;
import org.dec4j.engine.math.ImsatMath;
import org.dec4j.engine.math.MixtureMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The imsat engine on the small blobs: both perturbations separate them, a seed repeats the run, the model saves,
 * loads and predicts the same, progress and cancellation work, the warm-up holds the tolerance stop back and the
 * collapse watch guards the run. Most tests use a narrow network (30-64-64-K) to stay fast; one runs the
 * registered engine with the paper's 1200-1200.
 */
class ImsatEngineTest {
  private static final Map<Perturbation, FitResult> FITS = new EnumMap<>(Perturbation.class);

  private static ClusteringEngine engine(Perturbation perturbation) {
    return new EmbeddedClusteringEngine(ImsatEngine.NAME, new ImsatTrainer(new Settings(perturbation,
        new int[] { 64, 64 }, ImsatTrainer.LAMBDA, ImsatTrainer.MU, ImsatTrainer.LEARNING_RATE))) {
      @Override
      public String description() {
        return "imsat with a narrow network";
      }
    };
  }

  private static synchronized FitResult fit(Perturbation perturbation) {
    return FITS.computeIfAbsent(perturbation, p -> engine(p).fit(Blobs.data(), Blobs.smallConfig().build()));
  }

  private static void assertSeparatesTheBlobs(int[] labels, String what) {
    for (int b = 0; b < Blobs.K; b++) {
      for (int i = 0; i < Blobs.PER; i++) {
        assertEquals(labels[b * Blobs.PER], labels[b * Blobs.PER + i], what + " row " + (b * Blobs.PER + i));
      }
    }
    assertEquals(Blobs.K, Arrays.stream(labels).distinct().count(), what);
  }

  @ParameterizedTest
  @EnumSource(Perturbation.class)
  void bothPerturbationsSeparateTheBlobs(Perturbation perturbation) {
    FitResult r = fit(perturbation);
    assertSeparatesTheBlobs(r.labels(), perturbation.name());
    assertArrayEquals(r.labels(), ClusterModel.argmaxRows(r.softAssignments()));
    assertEquals(Blobs.K, r.model().latentDimension());
  }

  @Test
  void theRegisteredEngineUsesThePapersNetworkAndSeparatesTheBlobs() {
    assertTrue(Engines.names().contains(ImsatEngine.NAME));
    ClusteringEngine e = Engines.get(ImsatEngine.NAME);
    assertEquals(ImsatEngine.NAME, e.name());
    assertFalse(e.description().isBlank());
    FitResult r = e.fit(Blobs.data(), Blobs.smallConfig().build());
    assertSeparatesTheBlobs(r.labels(), "imsat");
    DecModel model = (DecModel) r.model();
    assertArrayEquals(new int[] { 30, 1200, 1200, Blobs.K }, model.encoder().sizes());
    assertEquals(ClusterHead.Kind.SOFTMAX, model.head().kind());
  }

  @Test
  void centroidsAreTheMeanLogitsOfEachCluster() {
    FitResult r = fit(Perturbation.VIRTUAL_ADVERSARIAL);
    double[] z = toDouble(r.embedding().toArray());
    double[] expected = ImsatMath.clusterMeans(z, z.length / Blobs.K, Blobs.K, r.labels(), Blobs.K);
    assertArrayEquals(toFloat(expected), r.model().centroids().toArray(), 1e-5f);
    assertArrayEquals(toFloat(MixtureMath.softmax(z, z.length / Blobs.K, Blobs.K)), r.softAssignments().toArray(),
        1e-6f);
  }

  @ParameterizedTest
  @EnumSource(Perturbation.class)
  void sameSeedSameResultOtherSeedOtherNetwork(Perturbation perturbation) {
    FitResult again = engine(perturbation).fit(Blobs.data(), Blobs.smallConfig().build());
    assertArrayEquals(fit(perturbation).labels(), again.labels());
    assertArrayEquals(fit(perturbation).softAssignments().toArray(), again.softAssignments().toArray(), 0f);
    assertArrayEquals(fit(perturbation).model().centroids().toArray(), again.model().centroids().toArray(), 0f);
    FitResult other = engine(perturbation).fit(Blobs.data(), Blobs.smallConfig().seed(8).build());
    assertFalse(Arrays.equals(fit(perturbation).embedding().toArray(), other.embedding().toArray()));
  }

  @Test
  void thePerturbationsTrainDifferentNetworks() {
    assertFalse(Arrays.equals(fit(Perturbation.VIRTUAL_ADVERSARIAL).embedding().toArray(),
        fit(Perturbation.RANDOM).embedding().toArray()));
  }

  @Test
  void savedModelLoadsUnderItsEngineAndPredictsIdentically(@TempDir Path dir) throws IOException {
    FitResult r = fit(Perturbation.VIRTUAL_ADVERSARIAL);
    ClusterModel model = r.model();
    assertArrayEquals(r.labels(), model.assign(Blobs.data()));
    assertArrayEquals(r.softAssignments().toArray(), model.softAssignments(Blobs.data()).toArray(), 1e-6f);
    Path file = dir.resolve("imsat.zip");
    model.save(file);
    ClusterModel loaded = Engines.load(file);
    assertEquals(ImsatEngine.NAME, loaded.engineName());
    assertEquals(model.config(), loaded.config());
    assertArrayEquals(model.softAssignments(Blobs.data()).toArray(), loaded.softAssignments(Blobs.data()).toArray(),
        0f);
    assertArrayEquals(r.labels(), loaded.assign(Blobs.data()));
    assertArrayEquals(model.centroids().toArray(), loaded.centroids().toArray(), 0f);
    assertEquals(model.summary().stopReason(), loaded.summary().stopReason());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.writeTo(bytes);
    ModelArchive archive = ModelArchive.read(new ByteArrayInputStream(bytes.toByteArray()));
    DecModel viaCodec = (DecModel) DecModelCodec.read(archive);
    assertEquals(ClusterHead.Kind.SOFTMAX, viaCodec.head().kind());
    assertArrayEquals(r.labels(), viaCodec.assign(Blobs.data()));
  }

  @Test
  void progressCoversThePhasesAndCancellationStopsWithoutAModel() {
    List<String> phases = new ArrayList<>();
    List<TrainingEvent> events = new ArrayList<>();
    engine(Perturbation.VIRTUAL_ADVERSARIAL).fit(Blobs.data(), Blobs.smallConfig().build(), new TrainingListener() {
      @Override
      public void phaseEnded(Phase phase, double seconds, String summary) {
        phases.add(phase.name());
      }

      @Override
      public void progress(TrainingEvent e) {
        events.add(e);
      }
    }, CancellationToken.create());
    assertEquals(List.of("PREPARE", "REFINE"), phases);
    assertTrue(events.size() >= 2);
    for (TrainingEvent e : events) {
      assertEquals(Phase.REFINE, e.phase());
      assertTrue(Double.isFinite(e.loss()), "loss at batch " + e.step());
      assertEquals(Blobs.K, e.clusterSizes().length);
    }
    for (Phase cancelIn : List.of(Phase.PREPARE, Phase.REFINE)) {
      CancellationToken token = CancellationToken.create();
      assertThrows(TrainingCancelledException.class, () -> engine(Perturbation.VIRTUAL_ADVERSARIAL).fit(Blobs.data(),
          Blobs.smallConfig().build(), new TrainingListener() {
            @Override
            public void phaseStarted(Phase phase, long totalSteps) {
              if (phase == cancelIn) {
                token.cancel();
              }
            }
          }, token), cancelIn.name());
    }
  }

  /**
   * 120 rows in batches of 32 are 3 batches an epoch: 50 epochs are 150 steps, under the least budget of 1,000.
   * With maxIterations 120 the budget is 120 and the warm-up its first half.
   */
  @Test
  void theToleranceStopWaitsForTheWarmUpAndTheBudgetIsAtLeastMinSteps() {
    FitResult eager = engine(Perturbation.RANDOM).fit(Blobs.data(), Blobs.smallConfig().tolerance(0.999).build());
    assertEquals(StopReason.CONVERGED, eager.model().summary().stopReason());
    assertEquals(60, eager.model().summary().refineIterations(), "the first check after the warm-up of 60 batches");
    FitResult full = engine(Perturbation.RANDOM).fit(Blobs.data(), Blobs.smallConfig().tolerance(0)
        .maxIterations(100_000).updateInterval(250).build());
    assertEquals(StopReason.MAX_ITERATIONS, full.model().summary().stopReason());
    assertEquals(ImsatTrainer.MIN_STEPS, full.model().summary().refineIterations());
    FitResult none = engine(Perturbation.RANDOM).fit(Blobs.data(), Blobs.smallConfig().maxIterations(0).build());
    assertEquals(StopReason.NO_REFINEMENT, none.model().summary().stopReason());
  }

  /** With collapseFraction 1 any cluster under an equal share counts as collapsing: 4 clusters of 3 blobs are. */
  @Test
  void theCollapseWatchGuardsTheRun() {
    DecConfig.Builder uneven = Blobs.smallConfig().k(4).collapseFraction(1.0);
    List<String> warnings = new ArrayList<>();
    FitResult stopped = engine(Perturbation.VIRTUAL_ADVERSARIAL).fit(Blobs.data(), uneven.collapsePolicy(
        CollapsePolicy.STOP).build(), new TrainingListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        }, CancellationToken.create());
    assertEquals(StopReason.COLLAPSED, stopped.model().summary().stopReason());
    assertEquals(60, stopped.model().summary().refineIterations(), "the first check after the warm-up");
    assertFalse(warnings.isEmpty());
    assertEquals(warnings, stopped.model().summary().warnings());
    FitResult reseed = engine(Perturbation.VIRTUAL_ADVERSARIAL).fit(Blobs.data(), uneven.collapsePolicy(
        CollapsePolicy.RESEED).build());
    assertFalse(reseed.model().summary().warnings().isEmpty());
    assertTrue(reseed.model().summary().warnings().stream().noneMatch(w -> w.contains("reseeded")),
        "no centroids to move: RESEED only warns");
    assertEquals(4, reseed.model().k());
  }

  /** On an untrained network, the direction of one power iteration changes the prediction most. */
  @Test
  void theVirtualAdversarialPerturbationMovesThePredictionMoreThanARandomOne() {
    DecConfig config = Blobs.smallConfig().build();
    Settings settings = new Settings(Perturbation.VIRTUAL_ADVERSARIAL, new int[] { 64, 64 }, ImsatTrainer.LAMBDA,
        ImsatTrainer.MU, ImsatTrainer.LEARNING_RATE);
    ImsatTrainer trainer = new ImsatTrainer(settings);
    float[] x = org.dec4j.engine.scaling.FeatureScaler.fit(Blobs.data(), config.scaling()).transform(Blobs.data());
    int n = Blobs.K * Blobs.PER;
    double[] radius = ImsatMath.kthNeighbourDistances(x, n, 30, ImsatTrainer.NEIGHBOUR);
    double adversarial = 0;
    double random = 0;
    for (int seed = 0; seed < 5; seed++) {
      ImsatRefinement run = new ImsatRefinement(trainer.network(30, config, new SplittableRandom(seed)), x, n,
          radius, settings, config, new SplittableRandom(seed), TrainingListener.NONE, CancellationToken.create());
      adversarial += run.selfAugmentationOfNextBatch(Perturbation.VIRTUAL_ADVERSARIAL);
      random += run.selfAugmentationOfNextBatch(Perturbation.RANDOM);
    }
    assertTrue(adversarial > 3 * random, "R_VAT " + adversarial / 5 + " vs R_RPT " + random / 5);
  }

  @Test
  void blockwiseNeighbourDistancesEqualTheBruteForceOnes() {
    SplittableRandom rng = new SplittableRandom(2);
    int n = 157;
    int d = 9;
    float[] x = new float[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    double[] expected = ImsatMath.kthNeighbourDistances(x, n, d, 10);
    assertArrayEquals(expected, NeighbourDistances.compute(x, n, d, 10, CancellationToken.create(), 1000), 1e-4);
    assertArrayEquals(expected, NeighbourDistances.compute(x, n, d, 10, CancellationToken.create()), 1e-4);
  }

  @Test
  void theEngineInstantiatesWithoutAnInjector() {
    assertEquals(ImsatEngine.NAME, new ImsatEngine().name());
  }

  private static double[] toDouble(float[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }

  private static float[] toFloat(double[] a) {
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) a[i];
    }
    return out;
  }
}
