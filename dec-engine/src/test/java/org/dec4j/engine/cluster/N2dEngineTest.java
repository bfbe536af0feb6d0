package org.dec4j.engine.cluster;

import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingCancelledException;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.N2dEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The n2d engine on the small blobs: it separates them, repeats for a seed, saves and loads, reports, cancels. */
class N2dEngineTest {
  private static FitResult fit;

  @BeforeAll
  static void fit() {
    fit = Engines.get(N2dEngine.NAME).fit(Blobs.data(), Blobs.smallConfig().build());
  }

  @Test
  void separatesTheBlobsWithAMixtureHead() {
    int[] labels = fit.labels();
    for (int b = 0; b < Blobs.K; b++) {
      for (int i = 0; i < Blobs.PER; i++) {
        assertEquals(labels[b * Blobs.PER], labels[b * Blobs.PER + i], "row " + (b * Blobs.PER + i));
      }
    }
    assertEquals(Blobs.K, Arrays.stream(labels).distinct().count());
    assertTrue(fit.model().toString().contains("GAUSSIAN_MIXTURE"), fit.model().toString());
    assertEquals(Blobs.K, fit.model().latentDimension());
    assertArrayEquals(labels, fit.model().assign(Blobs.data()));
  }

  @Test
  void sameSeedSameResult() {
    FitResult again = Engines.get(N2dEngine.NAME).fit(Blobs.data(), Blobs.smallConfig().build());
    assertArrayEquals(fit.labels(), again.labels());
    assertArrayEquals(fit.softAssignments().toArray(), again.softAssignments().toArray(), 0f);
  }

  @Test
  void savedModelAssignsTheSame() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fit.model().writeTo(out);
    ModelArchive archive = ModelArchive.read(new ByteArrayInputStream(out.toByteArray()));
    ClusterModel back = Engines.get(archive.engine()).read(archive);
    assertEquals(N2dEngine.NAME, back.engineName());
    assertArrayEquals(fit.model().softAssignments(Blobs.data()).toArray(), back.softAssignments(Blobs.data())
        .toArray(), 0f);
    assertThrows(Exception.class, () -> Engines.get("dec").read(archive));
  }

  @Test
  void reportsEachStageAndStopsWhenCancelled() {
    List<TrainingEvent> events = new ArrayList<>();
    Engines.get(N2dEngine.NAME).fit(Blobs.data(), Blobs.smallConfig().build(), new TrainingListener() {
      @Override
      public void progress(TrainingEvent e) {
        events.add(e);
      }
    }, CancellationToken.create());
    assertEquals(3, events.stream().filter(e -> e.phase() == Phase.REFINE).count());
    CancellationToken cancel = CancellationToken.create();
    assertThrows(TrainingCancelledException.class, () -> Engines.get(N2dEngine.NAME).fit(Blobs.data(),
        Blobs.smallConfig().build(), new TrainingListener() {
          @Override
          public void phaseStarted(Phase phase, long totalSteps) {
            if (phase == Phase.REFINE) {
              cancel.cancel();
            }
          }
        }, cancel));
  }
}
