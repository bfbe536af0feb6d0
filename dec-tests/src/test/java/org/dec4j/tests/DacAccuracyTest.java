package org.dec4j.tests;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.eval.ExternalMeasures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "dac" engine on the handwritten digits (1,797 x 64, 10 classes) with seed 0 and the small budget of
 * {@link FamilyAccuracyTest} (400 greedy steps per layer, 400 fine-tuning steps, default refinement). It asserts
 * the ACC and NMI measured with these settings less a margin of 0.02, and at least 0.79, the ACC usually quoted
 * for k-means on the raw features. Measured: ACC 0.8431, NMI 0.8024 (AE+k-means on the same autoencoder: 0.8308),
 * 560 refinement batches, 173 s on 2 cores shared with other builds.
 */
class DacAccuracyTest {
  @Test
  void smallBudgetReachesTheMeasuredAccuracy() throws IOException {
    LabelledData digits = Datasets.load("digits.arff.gz");
    int[] classes = digits.classes().orElseThrow().labels();
    DecConfig small = DecConfig.builder().k(10).seed(0).pretrainLayerSteps(400).pretrainSteps(400).build();
    long t0 = System.nanoTime();
    FitResult r = Engines.get("dac").fit(digits.features(), small);
    double seconds = (System.nanoTime() - t0) / 1e9;
    ExternalMeasures m = ExternalMeasures.of(r.labels(), classes);
    System.out.printf("dac seed 0: ACC %.4f NMI %.4f ARI %.4f in %.1f s, %d refinement batches, %s%n",
        m.accuracy(), m.nmi(), m.ari(), seconds, r.model().summary().refineIterations(),
        r.model().summary().stopReason());
    assertTrue(m.accuracy() >= MEASURED_ACC - MARGIN, "ACC " + m.accuracy());
    assertTrue(m.nmi() >= MEASURED_NMI - MARGIN, "NMI " + m.nmi());
    assertTrue(m.accuracy() >= RAW_KMEANS_ACC, "ACC " + m.accuracy() + " vs " + RAW_KMEANS_ACC
        + ", k-means on the raw features (typical)");
  }

  /**
   * The shipped defaults (only K given) on seeds 0 and 1 (mvn -Pslow; minutes each). Measured: seed 0 ACC 0.8353
   * NMI 0.7930, seed 1 ACC 0.8536 NMI 0.8171 (mean ACC 0.8445), 560 refinement batches each, 740 s and 547 s on 2
   * cores shared with other builds.
   */
  @Test
  @Tag("slow")
  void defaultsOnTwoSeeds() throws IOException {
    LabelledData digits = Datasets.load("digits.arff.gz");
    int[] classes = digits.classes().orElseThrow().labels();
    double acc = 0;
    for (long seed = 0; seed < 2; seed++) {
      long t0 = System.nanoTime();
      FitResult r = Engines.get("dac").fit(digits.features(), DecConfig.builder().k(10).seed(seed).build());
      ExternalMeasures m = ExternalMeasures.of(r.labels(), classes);
      System.out.printf("dac defaults seed %d: ACC %.4f NMI %.4f ARI %.4f in %.1f s, %d refinement batches, %s%n",
          seed, m.accuracy(), m.nmi(), m.ari(), (System.nanoTime() - t0) / 1e9,
          r.model().summary().refineIterations(), r.model().summary().stopReason());
      acc += m.accuracy() / 2;
    }
    assertTrue(acc >= RAW_KMEANS_ACC, "mean ACC " + acc);
  }

  /** Measured with these settings (seed 0). */
  private static final double MEASURED_ACC = 0.8431;
  /** Measured with these settings (seed 0). */
  private static final double MEASURED_NMI = 0.8024;
  private static final double MARGIN = 0.02;
  /** The bar: the ACC usually quoted for k-means on the raw digits. */
  private static final double RAW_KMEANS_ACC = 0.79;
}
