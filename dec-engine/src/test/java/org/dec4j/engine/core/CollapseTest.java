package org.dec4j.engine.core;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.Blobs;
import org.dec4j.engine.dec.DecEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case that collapses: eight clusters asked of three blobs, refined with a learning rate far too high. The watch
 * must warn (through the listener and in the summary), STOP must stop, and RESEED must leave no cluster empty.
 */
class CollapseTest {
  private static DecConfig.Builder collapsing() {
    return Blobs.smallConfig().set(Settings.LR, 0.5).set(Settings.MAX_ITER, 400).set(Settings.UPDATE_INTERVAL, 10)
        .set(Settings.TOL, 0.0);
  }

  private static FitResult fit(DecConfig c, List<String> warnings) {
    return new DecEngine().fit(Blobs.data(), 8, c, new TrainingListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    }, CancellationToken.create());
  }

  @Test
  void warnReportsTheCollapseAndKeepsItInTheSummary() {
    List<String> warnings = new ArrayList<>();
    FitResult r = fit(collapsing().set(Settings.COLLAPSE_POLICY, CollapsePolicy.WARN).build(), warnings);
    assertFalse(warnings.isEmpty(), "no collapse warning; sizes " + Arrays.toString(r.model().summary().clusterSizes()));
    assertTrue(warnings.stream().anyMatch(w -> w.contains("collapsing")), warnings.toString());
    assertEquals(warnings, r.model().summary().warnings());
  }

  @Test
  void stopStopsTheRefinement() {
    FitResult r = fit(collapsing().set(Settings.COLLAPSE_POLICY, CollapsePolicy.STOP).build(), new ArrayList<>());
    assertEquals(StopReason.COLLAPSED, r.model().summary().stopReason());
  }

  @Test
  void reseedLeavesNoClusterEmpty() {
    List<String> warnings = new ArrayList<>();
    FitResult r = fit(collapsing().set(Settings.COLLAPSE_POLICY, CollapsePolicy.RESEED).build(), warnings);
    assertTrue(warnings.stream().anyMatch(w -> w.contains("reseeded")), warnings.toString());
    int[] sizes = r.model().summary().clusterSizes();
    assertTrue(Arrays.stream(sizes).allMatch(s -> s > 0), "empty cluster after reseeding: " + Arrays.toString(sizes));
  }

  @Test
  void theWatchFlagsSmallClustersOnceAndSharpEntropyDrops() {
    CollapseWatch w = new CollapseWatch(Settings.COLLAPSE_FRACTION.defaultValue(), 4);
    assertTrue(w.check(0, new int[] { 25, 25, 25, 25 }, 1.0).messages().isEmpty());
    CollapseWatch.Verdict v = w.check(1, new int[] { 49, 49, 1, 1 }, 0.7);
    assertEquals(List.of(2, 3), v.collapsing());
    assertEquals(3, v.messages().size(), v.messages().toString());
    assertTrue(w.check(2, new int[] { 49, 49, 1, 1 }, 0.69).messages().isEmpty(), "reported twice");
  }
}
