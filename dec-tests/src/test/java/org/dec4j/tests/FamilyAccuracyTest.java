package org.dec4j.tests;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.cli.eval.ExternalMeasures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every engine of the family on the handwritten digits (1,797 x 64, 10 classes) with the shipped defaults and seed 0:
 * the automatic recipe (a 64-256-256-10 autoencoder, layer-wise pretraining to a plateau of the reconstruction
 * error; one pretraining serves every engine that pretrains: they share it on the same data and settings). Each
 * asserts the ACC and NMI measured with these settings less a margin of 0.02, at least AE+k-means' ACC on the same
 * pretraining less the margin (what the clustering phase has to beat), and above ELKI's k-means++ on the raw
 * features with seed 0. The figures are deterministic for the seed and the thread count; more seeds are in
 * {@link DefaultsAccuracyTest} and in {@code ./dec suite}.
 */
class FamilyAccuracyTest {
  private static PreparedData digits;
  private static int[] classes;
  private static double kmeansAcc;
  private static double aeKmeansAcc;

  @BeforeAll
  static void load() throws IOException {
    digits = Datasets.load("digits.arff.gz");
    classes = digits.classes().orElseThrow().labels();
    kmeansAcc = ExternalMeasures.of(KMeansBaseline.labels(digits.features(), 10, 0), classes).accuracy();
    aeKmeansAcc = ExternalMeasures.of(Engines.get("ae-kmeans").fit(digits.features(), 10, DecConfig.builder()
        .set(Settings.SEED, 0L).build()).labels(), classes).accuracy();
  }

  @ParameterizedTest
  @CsvSource({ "dec, 0.8514, 0.8265", "ae-kmeans, 0.8069, 0.7540", "idec, 0.8214, 0.7778", "dcn, 0.8253, 0.7809",
      "dac, 0.8180, 0.7707", "vade, 0.8186, 0.7801", "n2d, 0.8715, 0.8913", "imsat, 0.8520, 0.8280" })
  void defaultsReachTheMeasuredAccuracy(String engine, double measuredAcc, double measuredNmi) {
    DecConfig defaults = DecConfig.builder().set(Settings.SEED, 0L).build();
    long t0 = System.nanoTime();
    FitResult r = Engines.get(engine).fit(digits.features(), 10, defaults);
    double seconds = (System.nanoTime() - t0) / 1e9;
    ExternalMeasures m = ExternalMeasures.of(r.labels(), classes);
    System.out.printf("%s seed 0: ACC %.4f NMI %.4f ARI %.4f in %.1f s, %d clustering batches, %s (AE+k-means: ACC"
        + " %.4f; k-means++ on the raw features: ACC %.4f)%n", engine, m.accuracy(), m.nmi(), m.ari(), seconds,
        r.model().summary().refineIterations(), r.model().summary().stopReason(), aeKmeansAcc, kmeansAcc);
    assertTrue(m.accuracy() >= measuredAcc - MARGIN, engine + ": ACC " + m.accuracy());
    assertTrue(m.nmi() >= measuredNmi - MARGIN, engine + ": NMI " + m.nmi());
    assertTrue(m.accuracy() >= aeKmeansAcc - MARGIN, engine + ": ACC " + m.accuracy() + " vs AE+k-means "
        + aeKmeansAcc);
    assertTrue(m.accuracy() > kmeansAcc, engine + ": ACC " + m.accuracy() + " vs k-means on the raw features "
        + kmeansAcc);
  }

  private static final double MARGIN = 0.02;
}
