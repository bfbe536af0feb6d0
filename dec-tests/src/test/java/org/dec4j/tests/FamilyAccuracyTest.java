package org.dec4j.tests;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.eval.ExternalMeasures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each engine of the family on the handwritten digits (1,797 x 64, 10 classes) with seed 0 and the small budget of
 * {@link DigitsAccuracyTest} (400 greedy steps per layer, 400 fine-tuning steps, default refinement). Each asserts
 * the ACC and NMI measured with these settings (command line, 2 shared cores: ae-kmeans 80 s, idec 260 s, dcn
 * 150 s) less a margin of 0.02, and at least 0.79, the ACC usually quoted for k-means on the raw features: the bar
 * an engine has to clear to be worth shipping.
 */
class FamilyAccuracyTest {
  private static LabelledData digits;
  private static int[] classes;
  private static double kmeansAcc;

  @BeforeAll
  static void load() throws IOException {
    digits = Datasets.load("digits.arff.gz");
    classes = digits.classes().orElseThrow().labels();
    kmeansAcc = ExternalMeasures.of(KMeansBaseline.labels(digits.features(), 10, 0), classes).accuracy();
  }

  @ParameterizedTest
  @CsvSource({ "ae-kmeans, 0.8308, 0.7742", "idec, 0.8381, 0.7872", "dcn, 0.8336, 0.7923" })
  void smallBudgetReachesTheMeasuredAccuracy(String engine, double measuredAcc, double measuredNmi) {
    DecConfig small = DecConfig.builder().k(10).seed(0).pretrainLayerSteps(400).pretrainSteps(400).build();
    long t0 = System.nanoTime();
    FitResult r = Engines.get(engine).fit(digits.features(), small);
    double seconds = (System.nanoTime() - t0) / 1e9;
    ExternalMeasures m = ExternalMeasures.of(r.labels(), classes);
    System.out.printf("%s seed 0: ACC %.4f NMI %.4f ARI %.4f in %.1f s, %d refinement batches, %s"
        + " (k-means++ on raw features: ACC %.4f)%n", engine, m.accuracy(), m.nmi(), m.ari(), seconds,
        r.model().summary().refineIterations(), r.model().summary().stopReason(), kmeansAcc);
    assertTrue(m.accuracy() >= measuredAcc - MARGIN, engine + ": ACC " + m.accuracy());
    assertTrue(m.nmi() >= measuredNmi - MARGIN, engine + ": NMI " + m.nmi());
    assertTrue(m.accuracy() >= RAW_KMEANS_ACC && m.accuracy() > kmeansAcc, engine + ": ACC " + m.accuracy()
        + " vs k-means on the raw features " + kmeansAcc + " (seed 0), " + RAW_KMEANS_ACC + " (typical)");
  }

  private static final double MARGIN = 0.02;
  /** The bar: the ACC usually quoted for k-means on the raw digits (ELKI's k-means++ with seed 0 gives 0.69). */
  private static final double RAW_KMEANS_ACC = 0.79;
}
