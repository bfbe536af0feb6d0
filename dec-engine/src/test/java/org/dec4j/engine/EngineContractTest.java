package org.dec4j.engine;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ClusteringEffect;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingCancelledException;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.model.DecModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every engine of the family promises, checked once for each of them through the SPI on the small blobs: it is
 * registered and instantiates without an injector, separates the blobs with labels that are its soft assignments'
 * argmax, repeats for a seed (bit for bit in deterministic mode), saves and loads under its own name and predicts
 * identically, reports its phases, stops when cancelled in any of them, is guarded by the collapse watch, fits
 * several K on one pretraining, ignores the settings it does not read, and refuses bad input by name. What is
 * particular to one engine is tested beside it ({@code dac.DacEngineTest}, ...).
 */
class EngineContractTest {
  private static final Map<String, Recorded> FITS = new ConcurrentHashMap<>();

  /** A fit with the phases and refinement events it reported. */
  private record Recorded(FitResult fit, List<String> phases, List<TrainingEvent> refine) {
  }

  private static Recorded fit(String engine) {
    return FITS.computeIfAbsent(engine, e -> {
      List<String> phases = new ArrayList<>();
      List<TrainingEvent> refine = new ArrayList<>();
      FitResult r = Engines.get(e).fit(Blobs.data(), Blobs.K, Blobs.smallConfig().build(), new TrainingListener() {
        @Override
        public void phaseEnded(Phase phase, double seconds, String summary) {
          phases.add(phase.name());
        }

        @Override
        public void progress(TrainingEvent event) {
          if (event.phase() == Phase.REFINE) {
            refine.add(event);
          }
        }
      }, CancellationToken.create());
      return new Recorded(r, phases, refine);
    });
  }

  private static FitResult fit(String engine, DecConfig config) {
    return Engines.get(engine).fit(Blobs.data(), Blobs.K, config);
  }

  /** @return the phases an engine runs */
  private static List<Phase> phases(String engine) {
    return switch (engine) {
      case "imsat" -> List.of(Phase.PREPARE, Phase.REFINE);
      case "ae-kmeans" -> List.of(Phase.PREPARE, Phase.PRETRAIN, Phase.INIT);
      default -> List.of(Phase.PREPARE, Phase.PRETRAIN, Phase.INIT, Phase.REFINE);
    };
  }

  @Test
  void everyEngineIsRegisteredUnderItsNameAndInstantiatesWithoutAnInjector() throws Exception {
    assertEquals(List.of("ae-kmeans", "dac", "dcn", "dec", "idec", "imsat", "n2d", "vade"), Engines.names());
    for (String name : Engines.names()) {
      ClusteringEngine e = Engines.get(name);
      assertEquals(name, e.name());
      assertFalse(e.description().isBlank(), name);
      assertEquals(name, e.getClass().getConstructor().newInstance().name());
    }
    assertEquals("dec", Engines.get("DEC").name());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engines.get("nope"));
    assertTrue(e.getMessage().contains("available: ae-kmeans, dac, dcn, dec, idec"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void separatesTheBlobsWithLabelsThatAreTheSoftAssignmentsArgmax(String engine) {
    FitResult r = fit(engine).fit();
    Blobs.assertSeparated(r.labels(), engine);
    FloatMatrix q = r.softAssignments();
    assertEquals(Blobs.K, q.cols(), engine);
    assertArrayEquals(r.labels(), ClusterModel.argmaxRows(q), engine);
    for (int i = 0; i < q.rows(); i++) {
      double s = 0;
      for (int j = 0; j < q.cols(); j++) {
        s += q.get(i, j);
      }
      assertEquals(1.0, s, 1e-5, engine + " row " + i);
    }
    assertArrayEquals(r.labels(), r.model().assign(Blobs.data()), engine + ": the model predicts its training rows");
    assertArrayEquals(r.embedding().toArray(), r.model().embed(Blobs.data()).toArray(), 1e-5f, engine);
    assertEquals(engine, r.model().config().get(Settings.ENGINE), engine + ": the model records its engine");
    ClusteringEffect effect = r.model().summary().effect();
    if (engine.equals("imsat")) {
      assertNull(effect, "imsat has no k-means start");
    } else {
      assertTrue(effect.changedShare() >= 0 && effect.changedShare() <= 1, engine + ": " + effect);
      assertTrue(effect.silhouetteBefore() > 0.5 && effect.silhouetteAfter() > 0.5, engine + ": " + effect);
      assertTrue(!engine.equals("ae-kmeans") || effect.movedNothing(), "ae-kmeans keeps its start: " + effect);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void sameSeedSameResultOtherSeedOtherNetwork(String engine) {
    FitResult first = fit(engine).fit();
    FitResult again = fit(engine, Blobs.smallConfig().build());
    assertArrayEquals(first.labels(), again.labels(), engine);
    assertArrayEquals(first.softAssignments().toArray(), again.softAssignments().toArray(), 0f, engine);
    assertArrayEquals(first.model().centroids().toArray(), again.model().centroids().toArray(), 0f, engine);
    FitResult other = fit(engine, Blobs.smallConfig().set(Settings.SEED, 8L).build());
    assertFalse(Arrays.equals(first.embedding().toArray(), other.embedding().toArray()), engine);
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void deterministicModeRepeatsBitForBit(String engine) {
    DecConfig c = Blobs.smallConfig().set(Settings.DETERMINISTIC, true).build();
    FitResult a = fit(engine, c);
    FitResult b = fit(engine, c);
    assertArrayEquals(a.embedding().toArray(), b.embedding().toArray(), 0f, engine);
    assertArrayEquals(a.model().centroids().toArray(), b.model().centroids().toArray(), 0f, engine);
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void savedModelLoadsUnderItsEngineAndPredictsIdentically(String engine, @TempDir Path dir) throws Exception {
    ClusterModel model = fit(engine).fit().model();
    Path file = dir.resolve(engine + ".zip");
    model.save(file);
    ClusterModel loaded = Engines.load(file);
    assertEquals(engine, loaded.engineName());
    assertEquals(model.config(), loaded.config(), engine);
    assertEquals(model.k(), loaded.k(), engine);
    assertEquals(((DecModel) model).head().kind(), ((DecModel) loaded).head().kind(), engine);
    assertArrayEquals(model.softAssignments(Blobs.data()).toArray(), loaded.softAssignments(Blobs.data()).toArray(),
        0f, engine);
    assertArrayEquals(fit(engine).fit().labels(), loaded.assign(Blobs.data()), engine);
    assertArrayEquals(model.centroids().toArray(), loaded.centroids().toArray(), 0f, engine);
    assertEquals(model.summary().stopReason(), loaded.summary().stopReason(), engine);
    ModelArchive archive = ModelArchive.read(java.nio.file.Files.newInputStream(file));
    String other = engine.equals("dec") ? "idec" : "dec";
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Engines.get(other).read(archive));
    assertTrue(e.getMessage().contains(engine), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void progressCoversThePhasesAndCancellationInEachStopsWithoutAModel(String engine) {
    Recorded r = fit(engine);
    List<Phase> phases = phases(engine);
    assertEquals(phases.stream().map(Phase::name).toList(), r.phases(), engine);
    if (phases.contains(Phase.REFINE)) {
      assertTrue(r.refine().size() >= 2 || engine.equals("n2d") && r.refine().size() == 3, engine);
      TrainingEvent last = r.refine().get(r.refine().size() - 1);
      assertEquals(Blobs.K, last.clusterSizes().length, engine);
      assertTrue(Double.isFinite(last.loss()), engine);
    }
    for (Phase cancelIn : phases) {
      CancellationToken token = CancellationToken.create();
      assertThrows(TrainingCancelledException.class, () -> Engines.get(engine).fit(Blobs.data(), Blobs.K,
          Blobs.smallConfig().build(), new TrainingListener() {
            @Override
            public void phaseStarted(Phase phase, long totalSteps) {
              if (phase == cancelIn) {
                token.cancel();
              }
            }
          }, token), engine + " cancelled in " + cancelIn);
    }
    Thread.currentThread().interrupt();
    try {
      assertThrows(TrainingCancelledException.class, () -> fit(engine, Blobs.smallConfig().build()), engine);
    } finally {
      Thread.interrupted();
    }
  }

  /** With collapse-fraction 1 any cluster under an equal share counts as collapsing: 4 clusters of 3 blobs are. */
  @ParameterizedTest
  @ValueSource(strings = { "dec", "idec", "dcn", "vade", "dac", "imsat" })
  void theCollapseWatchGuardsTheRefinement(String engine) {
    DecConfig.Builder uneven = Blobs.smallConfig().set(Settings.COLLAPSE_FRACTION, 1.0);
    List<String> warnings = new ArrayList<>();
    FitResult stopped = Engines.get(engine).fit(Blobs.data(), 4, uneven.set(Settings.COLLAPSE_POLICY,
        CollapsePolicy.STOP).build(), new TrainingListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        }, CancellationToken.create());
    assertEquals(StopReason.COLLAPSED, stopped.model().summary().stopReason(), engine);
    assertFalse(warnings.isEmpty(), engine);
    assertEquals(warnings, stopped.model().summary().warnings(), engine);
    FitResult reseeded = Engines.get(engine).fit(Blobs.data(), 4, uneven.set(Settings.COLLAPSE_POLICY,
        CollapsePolicy.RESEED).build());
    boolean centroids = !engine.equals("dac") && !engine.equals("imsat");
    assertFalse(reseeded.model().summary().warnings().isEmpty(), engine);
    assertEquals(centroids, reseeded.model().summary().warnings().stream().anyMatch(w -> w.contains("reseeded")),
        engine + ": only engines with centroids move them");
    assertEquals(4, reseeded.model().k(), engine);
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void fitEachKPretrainsOnceAndEqualsSeparateFits(String engine) {
    List<String> phases = new ArrayList<>();
    List<FitResult> sweep = Engines.get(engine).fitEachK(Blobs.data(), new int[] { 2, 3 }, Blobs.smallConfig()
        .build(), new TrainingListener() {
          @Override
          public void phaseStarted(Phase phase, long totalSteps) {
            phases.add(phase.name());
          }
        }, CancellationToken.create());
    assertEquals(engine.equals("imsat") ? 0 : 1, phases.stream().filter("PRETRAIN"::equals).count(),
        engine + " " + phases);
    assertEquals(2, sweep.get(0).model().k(), engine);
    assertArrayEquals(fit(engine).fit().softAssignments().toArray(), sweep.get(1).softAssignments().toArray(), 0f,
        engine + ": K=3 after K=2 starts again from the pretrained network");
  }

  /** The declaration says which engines read a setting; the others must give exactly the same result without it. */
  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void settingsTheEngineDoesNotReadDoNotChangeItsResult(String engine) {
    DecConfig.Builder b = Blobs.smallConfig();
    List<String> changed = new ArrayList<>();
    for (Setting<?> s : Settings.all()) {
      if (!s.readBy(engine) && change(b, s)) {
        changed.add(s.name());
      }
    }
    assertFalse(changed.isEmpty(), engine);
    FitResult r = fit(engine, b.build());
    assertArrayEquals(fit(engine).fit().softAssignments().toArray(), r.softAssignments().toArray(), 0f,
        engine + " changed by " + changed);
  }

  /**
   * Each engine's own settings (and the declaration says which) change its result: on the overlapping blobs, where
   * every engine has something to learn.
   */
  @ParameterizedTest
  @ValueSource(strings = { "idec", "dcn", "vade", "dac", "imsat", "n2d" })
  void eachOfTheEnginesOwnSettingsChangesItsResult(String engine) {
    FitResult base = Engines.get(engine).fit(Blobs.blobs(0.6), Blobs.K, Blobs.smallConfig().build());
    int own = 0;
    for (Setting<?> s : Settings.all()) {
      if (s.group() != Setting.Group.ENGINE || !s.readBy(engine)) {
        continue;
      }
      DecConfig.Builder b = Blobs.smallConfig();
      assertTrue(change(b, s), s.name());
      FitResult r = Engines.get(engine).fit(Blobs.blobs(0.6), Blobs.K, b.build());
      assertFalse(Arrays.equals(base.softAssignments().toArray(), r.softAssignments().toArray()),
          engine + " ignores " + s.name());
      own++;
    }
    assertTrue(own > 0, engine);
  }

  private static <T> boolean change(DecConfig.Builder b, Setting<T> s) {
    T other = s.otherExample();
    if (other == null) {
      return false;
    }
    b.set(s, other);
    return true;
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "imsat" })
  void badInputIsRefusedNamingWhatIsWrong(String engine) {
    ClusteringEngine e = Engines.get(engine);
    DecConfig c = Blobs.smallConfig().build();
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> e.fit(Blobs.data(), 121, c));
    assertTrue(ex.getMessage().contains("larger than the number of rows"), ex.getMessage());
    ex = assertThrows(IllegalArgumentException.class, () -> e.fit(Blobs.data(), 1, c));
    assertTrue(ex.getMessage().contains("k must be at least 2"), ex.getMessage());
    float[] v = Blobs.data().toArray();
    v[5 * 30 + 7] = Float.NaN;
    ex = assertThrows(IllegalArgumentException.class, () -> e.fit(FloatMatrix.of(120, 30, v), Blobs.K, c));
    assertTrue(ex.getMessage().contains("row 5, column 8"), ex.getMessage());
    ex = assertThrows(IllegalArgumentException.class,
        () -> fit(engine).fit().model().assign(FloatMatrix.of(new double[][] { { 1, 2 } })));
    assertTrue(ex.getMessage().contains("30 columns"), ex.getMessage());
    assertThrows(IllegalArgumentException.class, () -> e.fit(FloatMatrix.of(0, 30, new float[0]), Blobs.K, c));
    assertNotNull(fit(engine).fit());
  }
}
