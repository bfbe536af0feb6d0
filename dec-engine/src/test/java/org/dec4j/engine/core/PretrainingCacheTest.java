package org.dec4j.engine.core;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.Blobs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second engine on the same data object and pretraining settings reuses the pretraining, with identical results. */
class PretrainingCacheTest {
  @Test
  void reusedPretrainingGivesTheSameModelAsPretrainingAgain() {
    FloatMatrix x = Blobs.data();
    DecConfig c = Blobs.smallConfig().build();
    PretrainingCache.clear();
    FitResult fresh = Engines.get("idec").fit(x, Blobs.K, c);
    PretrainingCache.clear();
    Engines.get("dec").fit(x, 2, c.toBuilder().set(Settings.LR, 0.02).build());
    List<String> pretrain = new ArrayList<>();
    FitResult reused = Engines.get("idec").fit(x, Blobs.K, c, new TrainingListener() {
      @Override
      public void phaseEnded(Phase phase, double seconds, String summary) {
        if (phase == Phase.PRETRAIN) {
          pretrain.add(summary);
        }
      }
    }, CancellationToken.create());
    assertEquals(1, pretrain.size());
    assertTrue(pretrain.get(0).startsWith("reused"), pretrain.get(0) + ": another engine, K and lr share it");
    assertArrayEquals(fresh.labels(), reused.labels());
    assertArrayEquals(fresh.softAssignments().toArray(), reused.softAssignments().toArray(), 0f);
    assertEquals(fresh.model().summary().pretrainSteps(), reused.model().summary().pretrainSteps());
  }

  @Test
  void otherSeedOtherNetworkOrOtherDataPretrainAgain() {
    FloatMatrix x = Blobs.data();
    DecConfig c = Blobs.smallConfig().build();
    Engines.get("ae-kmeans").fit(x, Blobs.K, c);
    assertNull(PretrainingCache.find(x, PretrainingCache.key(c.toBuilder().set(Settings.SEED, 8L).build())));
    assertNull(PretrainingCache.find(x, PretrainingCache.key(c.toBuilder().latentSize(4).build())));
    assertNull(PretrainingCache.find(Blobs.data(), PretrainingCache.key(c)));
    assertNotNull(PretrainingCache.find(x, PretrainingCache.key(c)));
    assertNotNull(PretrainingCache.find(x, PretrainingCache.key(c.toBuilder().set(Settings.ENGINE, "vade")
        .set(Settings.MAX_ITER, 7).set(Settings.IDEC_GAMMA, 2.0).build())));
  }
}
