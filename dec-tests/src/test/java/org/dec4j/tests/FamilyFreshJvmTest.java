package org.dec4j.tests;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model of each engine trained on the digits and saved in this JVM predicts the same clusters when a new JVM
 * loads it through {@link Engines#load}, which must route the file to the engine that wrote it.
 */
class FamilyFreshJvmTest {
  @TempDir
  static Path dir;

  @ParameterizedTest
  @ValueSource(strings = { "dec", "ae-kmeans", "idec", "dcn", "n2d", "dac", "vade", "imsat" })
  void savedModelPredictsTheSameClustersInAFreshJvm(String engine) throws Exception {
    PreparedData digits = Datasets.load("digits.arff.gz");
    DecConfig small = DecConfig.builder().set(Settings.SEED, 3L).set(Settings.LAYERS, new int[] { 64, 32, 10 })
        .set(Settings.PRETRAIN_LAYER_STEPS, 100).set(Settings.PRETRAIN_STEPS, 200).set(Settings.MAX_ITER, 300)
        .set(Settings.IMSAT_HIDDEN, new int[] { 128, 128 }).build();
    FitResult r = Engines.get(engine).fit(digits.features(), 10, small);
    Path file = dir.resolve(engine + ".zip");
    r.model().save(file);
    String expected = Arrays.stream(r.model().assign(digits.features())).mapToObj(Integer::toString)
        .collect(Collectors.joining(","));
    assertEquals(expected, Arrays.stream(r.labels()).mapToObj(Integer::toString).collect(Collectors.joining(",")));

    List<Path> cp = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      cp.add(Path.of(e));
    }
    FreshJvm.Result out = FreshJvm.run(cp, Map.of(), "-Ddec4j.data=" + Datasets.dir().toAbsolutePath(),
        PredictSavedModel.class.getName(), file.toString(), "digits.arff.gz");
    assertEquals(0, out.exitCode(), out.output());
    assertTrue(out.output().contains("engine " + engine + "\n"), out.output());
    assertTrue(out.output().contains("labels " + expected + "\n"), "the fresh JVM assigned other clusters");
  }
}
