package org.dec4j.engine.cluster;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingCancelledException;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.DecEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecEngineTest {
  private static final ClusteringEngine ENGINE = new DecEngine();
  private static FitResult fit;

  @BeforeAll
  static void fitOnce() {
    fit = ENGINE.fit(Blobs.data(), Blobs.smallConfig().build());
  }

  @Test
  void separatesTheBlobs() {
    int[] labels = fit.labels();
    for (int b = 0; b < Blobs.K; b++) {
      for (int i = 0; i < Blobs.PER; i++) {
        assertEquals(labels[b * Blobs.PER], labels[b * Blobs.PER + i], "row " + (b * Blobs.PER + i));
      }
    }
    assertEquals(Blobs.K, java.util.Arrays.stream(labels).distinct().count());
    assertArrayEquals(new int[] { 40, 40, 40 }, java.util.Arrays.stream(fit.model().summary().clusterSizes()).sorted()
        .toArray());
  }

  @Test
  void softAssignmentsAreDistributionsWhoseArgmaxIsTheLabel() {
    FloatMatrix q = fit.softAssignments();
    assertEquals(Blobs.K, q.cols());
    int[] argmax = ClusterModel.argmaxRows(q);
    assertArrayEquals(fit.labels(), argmax);
    for (int i = 0; i < q.rows(); i++) {
      double s = 0;
      for (int j = 0; j < q.cols(); j++) {
        s += q.get(i, j);
      }
      assertEquals(1.0, s, 1e-5);
    }
  }

  @Test
  void theModelPredictsTheSameClustersForItsTrainingRows() {
    assertArrayEquals(fit.labels(), fit.model().assign(Blobs.data()));
    assertArrayEquals(fit.embedding().toArray(), fit.model().embed(Blobs.data()).toArray(), 1e-5f);
  }

  @Test
  void sameSeedSameResult() {
    FitResult again = ENGINE.fit(Blobs.data(), Blobs.smallConfig().build());
    assertArrayEquals(fit.labels(), again.labels());
    assertArrayEquals(fit.softAssignments().toArray(), again.softAssignments().toArray(), 0f);
    FitResult other = ENGINE.fit(Blobs.data(), Blobs.smallConfig().seed(8).build());
    assertTrue(!java.util.Arrays.equals(fit.embedding().toArray(), other.embedding().toArray()),
        "another seed should give another network");
  }

  @Test
  void deterministicModeRepeatsBitForBit() {
    FitResult a = ENGINE.fit(Blobs.data(), Blobs.smallConfig().deterministic(true).build());
    FitResult b = ENGINE.fit(Blobs.data(), Blobs.smallConfig().deterministic(true).build());
    assertArrayEquals(a.embedding().toArray(), b.embedding().toArray(), 0f);
  }

  @Test
  void savedModelLoadsAndAssignsIdentically(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.zip");
    fit.model().save(file);
    ClusterModel loaded = Engines.load(file);
    assertEquals("dec", loaded.engineName());
    assertEquals(fit.model().config(), loaded.config());
    assertArrayEquals(fit.model().softAssignments(Blobs.data()).toArray(), loaded.softAssignments(Blobs.data())
        .toArray(), 0f);
    assertArrayEquals(fit.labels(), loaded.assign(Blobs.data()));
    assertArrayEquals(fit.model().centroids().toArray(), loaded.centroids().toArray(), 0f);
    assertEquals(fit.model().summary().stopReason(), loaded.summary().stopReason());
  }

  @Test
  void damagedOrForeignModelFilesAreRejectedWithAMessage(@TempDir Path dir) throws IOException {
    Path junk = dir.resolve("junk.zip");
    Files.write(junk, "this is not a model".getBytes());
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Engines.load(junk));
    assertTrue(e.getMessage().contains("not a dec4j model"), e.getMessage());

    ByteArrayOutputStream good = new ByteArrayOutputStream();
    fit.model().writeTo(good);
    byte[] truncated = java.util.Arrays.copyOf(good.toByteArray(), good.size() / 2);
    assertThrows(IOException.class, () -> Engines.read(new ByteArrayInputStream(truncated)));

    byte[] future = archive("{\"format\":\"dec4j-model\",\"formatVersion\":99,\"engine\":\"dec\"}");
    e = assertThrows(ModelFormatException.class, () -> Engines.read(new ByteArrayInputStream(future)));
    assertTrue(e.getMessage().contains("newer dec4j"), e.getMessage());

    byte[] otherEngine = archive("{\"format\":\"dec4j-model\",\"formatVersion\":1,\"engine\":\"nosuch\"}");
    e = assertThrows(ModelFormatException.class, () -> Engines.read(new ByteArrayInputStream(otherEngine)));
    assertTrue(e.getMessage().contains("nosuch"), e.getMessage());
  }

  private static byte[] archive(String header) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      z.putNextEntry(new ZipEntry("dec4j-model.json"));
      z.write(header.getBytes());
      z.closeEntry();
    }
    return b.toByteArray();
  }

  @Test
  void badInputIsRejectedNamingWhatIsWrong() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ENGINE.fit(Blobs.data(), Blobs.smallConfig().k(121).build()));
    assertTrue(e.getMessage().contains("larger than the number of rows"), e.getMessage());

    float[] v = Blobs.data().toArray();
    v[5 * 30 + 7] = Float.NaN;
    e = assertThrows(IllegalArgumentException.class,
        () -> ENGINE.fit(FloatMatrix.of(120, 30, v), Blobs.smallConfig().build()));
    assertTrue(e.getMessage().contains("row 5, column 8"), e.getMessage());

    e = assertThrows(IllegalArgumentException.class,
        () -> fit.model().assign(FloatMatrix.of(new double[][] { { 1, 2 } })));
    assertTrue(e.getMessage().contains("30 columns"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ENGINE.fit(FloatMatrix.of(0, 30, new float[0]), Blobs.smallConfig().build()));
  }

  @Test
  void cancellationStopsTheRunWithoutAModel() {
    CancellationToken token = CancellationToken.create();
    List<Phase> seen = new ArrayList<>();
    TrainingListener cancelInPretraining = new TrainingListener() {
      @Override
      public void progress(TrainingEvent event) {
        seen.add(event.phase());
        token.cancel();
      }
    };
    assertThrows(TrainingCancelledException.class, () -> ENGINE.fit(Blobs.data(),
        Blobs.smallConfig().pretrainSteps(100000).build(), cancelInPretraining, token));
    assertEquals(List.of(Phase.PRETRAIN), seen);

    Thread.currentThread().interrupt();
    try {
      assertThrows(TrainingCancelledException.class, () -> ENGINE.fit(Blobs.data(), Blobs.smallConfig().build()));
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void progressCoversEveryPhaseAndRefinementReportsLabelsAndEntropy() {
    List<String> phases = new ArrayList<>();
    List<TrainingEvent> refine = new ArrayList<>();
    FitResult r = ENGINE.fit(Blobs.data(), Blobs.smallConfig().build(), new TrainingListener() {
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
    TrainingEvent last = refine.get(refine.size() - 1);
    assertEquals(Blobs.K, last.clusterSizes().length);
    assertTrue(last.entropy() > 0.9, "entropy " + last.entropy());
    StopReason reason = r.model().summary().stopReason();
    assertTrue(reason == StopReason.CONVERGED || reason == StopReason.MAX_ITERATIONS);
  }

  @Test
  void fitEachKPretrainsOnceAndEqualsSeparateFits() {
    List<String> phases = new ArrayList<>();
    List<FitResult> sweep = ENGINE.fitEachK(Blobs.data(), Blobs.smallConfig().build(), new int[] { 2, 3, 4 },
        new TrainingListener() {
          @Override
          public void phaseStarted(Phase phase, long totalSteps) {
            phases.add(phase.name());
          }
        }, CancellationToken.create());
    assertEquals(1, phases.stream().filter("PRETRAIN"::equals).count(), phases.toString());
    assertEquals(3, phases.stream().filter("REFINE"::equals).count(), phases.toString());
    assertEquals(3, sweep.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(i + 2, sweep.get(i).model().k());
    }
    assertArrayEquals(fit.labels(), sweep.get(1).labels(), "K=3 from the sweep equals the separate fit");
    assertArrayEquals(fit.softAssignments().toArray(), sweep.get(1).softAssignments().toArray(), 0f);
  }

  @Test
  void enginesAreFoundByName() {
    assertInstanceOf(DecEngine.class, Engines.get("dec"));
    assertInstanceOf(DecEngine.class, Engines.get("DEC"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Engines.get("nope"));
    assertTrue(e.getMessage().contains("available: ae-kmeans, dac, dcn, dec, idec"), e.getMessage());
  }
}
