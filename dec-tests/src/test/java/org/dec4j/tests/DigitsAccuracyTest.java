package org.dec4j.tests;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.eval.ExternalMeasures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DEC's accuracy on the handwritten digits (1,797 x 64, 10 classes), with fixed seeds, against k-means++ on the raw
 * features (ELKI, ACC about 0.79). The default test uses a smaller pretraining budget so that it runs in about a
 * minute on 2 cores; the {@code slow} one (mvn -Pslow) runs the shipped defaults on three seeds and asserts the
 * figures the README states.
 */
class DigitsAccuracyTest {
  private static LabelledData digits;
  private static int[] classes;
  private static double kmeansAcc;

  @BeforeAll
  static void load() throws IOException {
    digits = Datasets.load("digits.arff.gz");
    classes = digits.classes().orElseThrow().labels();
    kmeansAcc = ExternalMeasures.of(KMeansBaseline.labels(digits.features(), 10, 0), classes).accuracy();
  }

  private static ExternalMeasures dec(DecConfig config) {
    FitResult r = Engines.get("dec").fit(digits.features(), config);
    ExternalMeasures m = ExternalMeasures.of(r.labels(), classes);
    System.out.printf("DEC seed %d: ACC %.4f NMI %.4f ARI %.4f (k-means++ on raw features: ACC %.4f)%n",
        config.seed(), m.accuracy(), m.nmi(), m.ari(), kmeansAcc);
    return m;
  }

  @Test
  void smallBudgetBeatsKMeansOnTheRawFeatures() {
    DecConfig small = DecConfig.builder().k(10).seed(0).pretrainLayerSteps(BUDGET_LAYER_STEPS)
        .pretrainSteps(BUDGET_STEPS).build();
    ExternalMeasures m = dec(small);
    assertTrue(m.accuracy() >= SMALL_ACC, "ACC " + m.accuracy());
    assertTrue(m.nmi() >= SMALL_NMI, "NMI " + m.nmi());
    assertTrue(m.accuracy() > kmeansAcc, "ACC " + m.accuracy() + " vs k-means " + kmeansAcc);
  }

  @Test
  @Tag("slow")
  void defaultsOnThreeSeedsReachTheStatedAccuracy() {
    double acc = 0;
    double nmi = 0;
    for (long seed = 0; seed < 3; seed++) {
      ExternalMeasures m = dec(DecConfig.builder().k(10).seed(seed).build());
      assertTrue(m.accuracy() > kmeansAcc, "seed " + seed + ": ACC " + m.accuracy() + " vs k-means " + kmeansAcc);
      acc += m.accuracy() / 3;
      nmi += m.nmi() / 3;
    }
    assertTrue(acc >= 0.85, "mean ACC " + acc);
    assertTrue(nmi >= 0.83, "mean NMI " + nmi);
  }

  private static final int BUDGET_LAYER_STEPS = 400;
  private static final int BUDGET_STEPS = 400;
  private static final double SMALL_ACC = 0.80;
  private static final double SMALL_NMI = 0.78;
}
