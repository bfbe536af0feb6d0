package org.dec4j.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Weka package as a user installs and runs it: the Linux x86-64 zip that distribution built is installed offline
 * into a temporary WEKA_HOME, then weka.Run runs DEC in fresh JVMs with only Weka's own jars on the class path. The
 * digits run uses a 256-128-10 network and a short budget: it tests the package's path against SimpleKMeans (the
 * accuracy of the defaults' network is {@link FamilyAccuracyTest}'s).
 */
class WekaPackageTest {
  @TempDir
  static Path wekaHome;
  private static List<Path> wekaOnly;

  @BeforeAll
  static void install() throws Exception {
    Path zip = Path.of(System.getProperty("dec4j.wekaPackage"));
    assertTrue(Files.isRegularFile(zip), "the Weka package was not built: " + zip);
    wekaOnly = FreshJvm.testClassPath("weka-stable", "java-cup", "bounce", "mtj", "arpack", "netlib", "core-1.1",
        "native_", "jniloader", "jfilechooser", "jclipboardhelper", "istack", "jakarta", "jaxb", "txw2", "flatlaf");
    FreshJvm.Result r = FreshJvm.run(wekaOnly, Map.of("WEKA_HOME", wekaHome.toString()),
        "-Dweka.packageManager.offline=true", "weka.core.WekaPackageManager", "-offline", "-install-package",
        zip.toString());
    // the package manager exits 0 even when it fails: check what it installed
    assertTrue(Files.isRegularFile(wekaHome.resolve("packages/dec4j-linux-x86_64/Description.props")), r.output());
    assertTrue(Files.isRegularFile(wekaHome.resolve("packages/dec4j-linux-x86_64/dec4j-weka.jar")), r.output());
  }

  private static FreshJvm.Result weka(String... args) throws IOException, InterruptedException {
    String[] all = new String[args.length + 2];
    all[0] = "-Dweka.packageManager.offline=true";
    all[1] = "-Djava.awt.headless=true";
    System.arraycopy(args, 0, all, 2, args.length);
    return FreshJvm.run(wekaOnly, Map.of("WEKA_HOME", wekaHome.toString()), all);
  }

  private static double incorrect(String output) {
    Matcher m = Pattern.compile("Incorrectly clustered instances :\\s+([0-9.]+)").matcher(output);
    assertTrue(m.find(), output);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void theExplorersChooserListsDecAfterLoadingPackages() throws Exception {
    List<Path> cp = new java.util.ArrayList<>(wekaOnly);
    cp.add(Path.of(ListClusterers.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    FreshJvm.Result r = FreshJvm.run(cp, Map.of("WEKA_HOME", wekaHome.toString()),
        "-Dweka.packageManager.offline=true", "-Djava.awt.headless=true", ListClusterers.class.getName());
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("weka.clusterers.DEC"), r.output());
  }

  @Test
  void decClustersIrisFromTheInstalledPackage() throws Exception {
    FreshJvm.Result r = weka("weka.Run", "weka.clusterers.DEC", "-t", Datasets.dir().resolve("iris.arff").toString(),
        "-c", "last", "-N", "3", "-S", "1", "-pretrain-layer-steps", "150", "-pretrain-steps", "200");
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("Deep Embedded Clustering (dec4j)"), r.output());
    assertTrue(incorrect(r.output()) < 30, r.output());
  }

  @Test
  void aSavedModelLoadsInANewJvmAndClustersNewDataTheSameWay() throws Exception {
    Path model = wekaHome.resolve("dec.model");
    String iris = Datasets.dir().resolve("iris.arff").toString();
    FreshJvm.Result train = weka("weka.Run", "weka.clusterers.DEC", "-t", iris, "-d", model.toString(), "-N", "3",
        "-S", "2", "-layers", "64,32,3", "-pretrain-layer-steps", "100", "-pretrain-steps", "200");
    assertEquals(0, train.exitCode(), train.output());
    assertTrue(Files.size(model) > 0);
    FreshJvm.Result first = weka("weka.Run", "weka.clusterers.DEC", "-l", model.toString(), "-T", iris, "-p", "0");
    FreshJvm.Result second = weka("weka.Run", "weka.clusterers.DEC", "-l", model.toString(), "-T", iris, "-p", "0");
    assertEquals(0, first.exitCode(), first.output());
    List<String> a = predictions(first.output());
    assertEquals(150, a.size(), first.output());
    assertEquals(a, predictions(second.output()));
    assertTrue(a.stream().distinct().count() >= 2, a.toString());
  }

  private static List<String> predictions(String output) {
    return output.lines().map(String::trim).filter(l -> l.matches("\\d+ \\d+.*")).toList();
  }

  @Test
  void decBeatsSimpleKMeansOnDigitsInClassesToClustersEvaluation() throws Exception {
    Path digits = wekaHome.resolve("digits.arff");
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Datasets.dir().resolve("digits.arff.gz")))) {
      Files.copy(in, digits);
    }
    FreshJvm.Result dec = weka("weka.Run", "weka.clusterers.DEC", "-t", digits.toString(), "-c", "last", "-N", "10",
        "-S", "1", "-layers", "256,128,10", "-pretrain-layer-steps", "100", "-pretrain-steps", "200", "-max-iter",
        "300", "-update-interval", "50");
    assertEquals(0, dec.exitCode(), dec.output());
    FreshJvm.Result km = weka("weka.Run", "weka.clusterers.SimpleKMeans", "-t", digits.toString(), "-c", "last",
        "-N", "10", "-init", "1", "-S", "1");
    assertEquals(0, km.exitCode(), km.output());
    System.out.printf("digits, incorrectly clustered: DEC %.0f, SimpleKMeans (k-means++) %.0f of 1797%n",
        incorrect(dec.output()), incorrect(km.output()));
    assertTrue(incorrect(dec.output()) < incorrect(km.output()), dec.output() + "\n" + km.output());
  }
}
