package org.dec4j.engine.aekmeans;

import org.dec4j.api.config.Settings;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.StopReason;
import org.dec4j.engine.Blobs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The baseline keeps the k-means clusters of the pretrained embedding: DEC without refinement. */
class AeKMeansEngineTest {
  @Test
  void keepsTheKMeansCentroidsAsDecWithoutRefinementDoes() {
    FitResult r = Engines.get(AeKMeansEngine.NAME).fit(Blobs.data(), Blobs.K, Blobs.smallConfig().build());
    assertEquals(StopReason.NO_REFINEMENT, r.model().summary().stopReason());
    assertEquals(0, r.model().summary().refineIterations());
    FitResult dec = Engines.get("dec").fit(Blobs.data(), Blobs.K, Blobs.smallConfig().set(Settings.MAX_ITER, 0)
        .build());
    assertArrayEquals(dec.model().centroids().toArray(), r.model().centroids().toArray(), 0f);
    assertArrayEquals(dec.labels(), r.labels());
  }
}
