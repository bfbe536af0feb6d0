package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second engine on the same data object and configuration reuses the pretraining, with identical results. */
class PretrainingCacheTest {
  @Test
  void reusedPretrainingGivesTheSameModelAsPretrainingAgain() {
    FloatMatrix x = Blobs.data();
    DecConfig c = Blobs.smallConfig().build();
    PretrainingCache.clear();
    FitResult fresh = Engines.get("idec").fit(x, c);
    PretrainingCache.clear();
    Engines.get("dec").fit(x, c);
    List<String> pretrain = new ArrayList<>();
    FitResult reused = Engines.get("idec").fit(x, c, new TrainingListener() {
      @Override
      public void phaseEnded(Phase phase, double seconds, String summary) {
        if (phase == Phase.PRETRAIN) {
          pretrain.add(summary);
        }
      }
    }, CancellationToken.create());
    assertEquals(1, pretrain.size());
    assertTrue(pretrain.get(0).startsWith("reused"), pretrain.get(0));
    assertArrayEquals(fresh.labels(), reused.labels());
    assertArrayEquals(fresh.softAssignments().toArray(), reused.softAssignments().toArray(), 0f);
    assertEquals(fresh.model().summary().pretrainSteps(), reused.model().summary().pretrainSteps());
  }

  @Test
  void otherSeedOrOtherDataPretrainsAgain() {
    FloatMatrix x = Blobs.data();
    DecConfig c = Blobs.smallConfig().build();
    Engines.get("ae-kmeans").fit(x, c);
    assertEquals(null, PretrainingCache.find(x, c.toBuilder().seed(8).build().toJson()));
    assertEquals(null, PretrainingCache.find(Blobs.data(), c.toJson()));
    assertTrue(PretrainingCache.find(x, c.toJson()) != null);
  }
}
