package org.dec4j.engine.cluster;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingCancelledException;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.AeKMeansEngine;
import org.dec4j.engine.DcnEngine;
import org.dec4j.engine.IdecEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engines beside DEC (ae-kmeans, idec, dcn) through the SPI on the small blobs: they are registered, separate
 * the blobs, repeat for a seed, save and load under their own name, report progress and stop when cancelled.
 */
class EngineFamilyTest {
  private static final Map<String, FitResult> FITS = new ConcurrentHashMap<>();

  private static FitResult fit(String engine) {
    return FITS.computeIfAbsent(engine, e -> Engines.get(e).fit(Blobs.data(), Blobs.smallConfig().build()));
  }

  @Test
  void everyEngineIsRegisteredUnderItsName() {
    assertEquals(List.of("ae-kmeans", "dac", "dcn", "dec", "idec", "imsat", "n2d", "vade"), Engines.names());
    for (String name : Engines.names()) {
      assertEquals(name, Engines.get(name).name());
      assertFalse(Engines.get(name).description().isBlank());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = { "ae-kmeans", "idec", "dcn" })
  void separatesTheBlobs(String engine) {
    int[] labels = fit(engine).labels();
    for (int b = 0; b < Blobs.K; b++) {
      for (int i = 0; i < Blobs.PER; i++) {
        assertEquals(labels[b * Blobs.PER], labels[b * Blobs.PER + i], engine + " row " + (b * Blobs.PER + i));
      }
    }
    assertEquals(Blobs.K, Arrays.stream(labels).distinct().count(), engine);
    assertArrayEquals(fit(engine).labels(), ClusterModel.argmaxRows(fit(engine).softAssignments()), engine);
  }

  @ParameterizedTest
  @ValueSource(strings = { "ae-kmeans", "idec", "dcn" })
  void sameSeedSameResultOtherSeedOtherNetwork(String engine) {
    FitResult again = Engines.get(engine).fit(Blobs.data(), Blobs.smallConfig().build());
    assertArrayEquals(fit(engine).labels(), again.labels(), engine);
    assertArrayEquals(fit(engine).softAssignments().toArray(), again.softAssignments().toArray(), 0f, engine);
    assertArrayEquals(fit(engine).model().centroids().toArray(), again.model().centroids().toArray(), 0f, engine);
    FitResult other = Engines.get(engine).fit(Blobs.data(), Blobs.smallConfig().seed(8).build());
    assertFalse(Arrays.equals(fit(engine).embedding().toArray(), other.embedding().toArray()), engine);
  }

  @ParameterizedTest
  @ValueSource(strings = { "ae-kmeans", "idec", "dcn" })
  void deterministicModeRepeatsBitForBit(String engine) {
    FitResult a = Engines.get(engine).fit(Blobs.data(), Blobs.smallConfig().deterministic(true).build());
    FitResult b = Engines.get(engine).fit(Blobs.data(), Blobs.smallConfig().deterministic(true).build());
    assertArrayEquals(a.embedding().toArray(), b.embedding().toArray(), 0f, engine);
    assertArrayEquals(a.model().centroids().toArray(), b.model().centroids().toArray(), 0f, engine);
  }

  @ParameterizedTest
  @ValueSource(strings = { "ae-kmeans", "idec", "dcn" })
  void savedModelLoadsUnderItsEngineAndPredictsIdentically(String engine, @TempDir Path dir) throws IOException {
    ClusterModel model = fit(engine).model();
    assertArrayEquals(fit(engine).labels(), model.assign(Blobs.data()), engine);
    Path file = dir.resolve(engine + ".zip");
    model.save(file);
    ClusterModel loaded = Engines.load(file);
    assertEquals(engine, loaded.engineName());
    assertEquals(model.config(), loaded.config());
    assertArrayEquals(model.softAssignments(Blobs.data()).toArray(), loaded.softAssignments(Blobs.data()).toArray(),
        0f, engine);
    assertArrayEquals(fit(engine).labels(), loaded.assign(Blobs.data()), engine);
    assertArrayEquals(model.centroids().toArray(), loaded.centroids().toArray(), 0f, engine);
    assertEquals(model.summary().stopReason(), loaded.summary().stopReason(), engine);
  }

  @Test
  void anEngineRefusesAnotherEnginesArchive() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    fit("idec").model().writeTo(bytes);
    ModelArchive archive = ModelArchive.read(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals("idec", archive.engine());
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Engines.get("dec").read(archive));
    assertTrue(e.getMessage().contains("idec"), e.getMessage());
  }

  @Test
  void aeKMeansKeepsTheKMeansCentroidsAndRunsNoRefinement() {
    FitResult r = fit("ae-kmeans");
    assertEquals(StopReason.NO_REFINEMENT, r.model().summary().stopReason());
    assertEquals(0, r.model().summary().refineIterations());
    FitResult decWithoutRefinement = Engines.get("dec").fit(Blobs.data(), Blobs.smallConfig().maxIterations(0)
        .build());
    assertArrayEquals(decWithoutRefinement.model().centroids().toArray(), r.model().centroids().toArray(), 0f);
    assertArrayEquals(decWithoutRefinement.labels(), r.labels());
  }

  @Test
  void idecAndDcnTrainTheEncoderAwayFromThePretrainedOne() {
    FitResult baseline = fit("ae-kmeans");
    for (String engine : List.of("idec", "dcn")) {
      assertNotEquals(0, fit(engine).model().summary().refineIterations(), engine);
      assertFalse(Arrays.equals(baseline.embedding().toArray(), fit(engine).embedding().toArray()), engine);
    }
  }

  @Test
  void gammaChangesIdec() {
    FitResult strong = Engines.get("idec").fit(Blobs.data(), Blobs.smallConfig().gamma(1.0).build());
    assertFalse(Arrays.equals(fit("idec").embedding().toArray(), strong.embedding().toArray()));
    assertEquals(1.0, strong.model().config().gamma());
  }

  @ParameterizedTest
  @ValueSource(strings = { "ae-kmeans", "idec", "dcn" })
  void progressCoversThePhasesAndCancellationStopsWithoutAModel(String engine) {
    List<String> phases = new ArrayList<>();
    List<TrainingEvent> refine = new ArrayList<>();
    Engines.get(engine).fit(Blobs.data(), Blobs.smallConfig().build(), new TrainingListener() {
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
    boolean refines = !engine.equals("ae-kmeans");
    assertEquals(refines ? List.of("PREPARE", "PRETRAIN", "INIT", "REFINE") : List.of("PREPARE", "PRETRAIN", "INIT"),
        phases, engine);
    if (refines) {
      assertTrue(refine.size() >= 2, engine);
      assertEquals(Blobs.K, refine.get(refine.size() - 1).clusterSizes().length, engine);
      assertTrue(Double.isFinite(refine.get(refine.size() - 1).loss()), engine);
    }
    CancellationToken token = CancellationToken.create();
    ClusteringEngine e = Engines.get(engine);
    Phase cancelIn = refines ? Phase.REFINE : Phase.INIT;
    assertThrows(TrainingCancelledException.class, () -> e.fit(Blobs.data(), Blobs.smallConfig().build(),
        new TrainingListener() {
          @Override
          public void phaseStarted(Phase phase, long totalSteps) {
            if (phase == cancelIn) {
              token.cancel();
            }
          }
        }, token), engine);
  }

  @Test
  void fitEachKEqualsSeparateFitsForTheEnginesThatTrainTheDecoder() {
    for (String engine : List.of("idec", "dcn")) {
      List<FitResult> sweep = Engines.get(engine).fitEachK(Blobs.data(), Blobs.smallConfig().build(),
          new int[] { 2, 3 }, TrainingListener.NONE, CancellationToken.create());
      assertArrayEquals(fit(engine).softAssignments().toArray(), sweep.get(1).softAssignments().toArray(), 0f,
          engine + ": K=3 after K=2 starts again from the pretrained decoder");
    }
  }

  @Test
  void enginesInstantiateWithoutAnInjector() {
    assertEquals("ae-kmeans", new AeKMeansEngine().name());
    assertEquals("idec", new IdecEngine().name());
    assertEquals("dcn", new DcnEngine().name());
  }

  /** With collapseFraction 1 any cluster under an equal share counts as collapsing: 4 clusters of 3 blobs are. */
  @ParameterizedTest
  @ValueSource(strings = { "idec", "dcn" })
  void theCollapseWatchGuardsTheirRefinement(String engine) {
    DecConfig.Builder uneven = Blobs.smallConfig().k(4).collapseFraction(1.0);
    List<String> warnings = new ArrayList<>();
    FitResult stopped = Engines.get(engine).fit(Blobs.data(), uneven.collapsePolicy(CollapsePolicy.STOP).build(),
        new TrainingListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        }, CancellationToken.create());
    assertEquals(StopReason.COLLAPSED, stopped.model().summary().stopReason(), engine);
    assertFalse(warnings.isEmpty(), engine);
    assertEquals(warnings, stopped.model().summary().warnings(), engine);
    FitResult reseeded = Engines.get(engine).fit(Blobs.data(), uneven.collapsePolicy(CollapsePolicy.RESEED).build());
    assertTrue(reseeded.model().summary().warnings().stream().anyMatch(w -> w.contains("reseeded")), engine);
    assertEquals(4, reseeded.model().k(), engine);
  }
}
