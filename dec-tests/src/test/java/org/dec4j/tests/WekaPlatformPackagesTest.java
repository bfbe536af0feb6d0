package org.dec4j.tests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weka.core.WekaPackageManager;
import weka.core.packageManagement.DefaultPackage;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every platform's Weka package as distribution built it: its Description.props names the package for the platform,
 * sets Weka's OS and architecture constraints (what {@code WekaPackageManager.osAndArchCheck} compares with
 * {@code os.name} and {@code os.arch}) and precludes the other four packages; its {@code lib/} holds that platform's
 * four native jars (ND4J's backend and preset, OpenBLAS, JavaCPP) and no other platform's. The Linux x86-64 package
 * is also installed and run ({@link WekaPackageTest}); the others cannot run here.
 */
class WekaPlatformPackagesTest {
  private static final List<String> PLATFORMS = List.of("linux-x86_64", "linux-arm64", "windows-x86_64",
      "macosx-x86_64", "macosx-arm64");
  private static final List<String> NATIVE_JARS = List.of("nd4j-native-1.0.0-M2.1-%s.jar",
      "nd4j-native-preset-1.0.0-M2.1-%s.jar", "openblas-0.3.19-1.5.7-%s.jar", "javacpp-1.5.7-%s.jar");

  @ParameterizedTest
  @CsvSource({ "linux-x86_64, Linux, 'Linux', amd64", "linux-arm64, Linux, 'Linux', aarch64",
      "windows-x86_64, Windows, 'Windows 11', amd64", "macosx-x86_64, Mac, 'Mac OS X', x86_64",
      "macosx-arm64, Mac, 'Mac OS X', aarch64" })
  void eachPackageCarriesItsOwnPlatformsNativesAndNoOther(String platform, String osName, String javaOsName,
      String javaOsArch) throws IOException {
    Path zip = Path.of(System.getProperty("dec4j.wekaPackages")).resolve("dec4j-weka-0.1.0-" + platform + ".zip");
    assertTrue(Files.isRegularFile(zip), "not built: " + zip);
    try (ZipFile z = new ZipFile(zip.toFile())) {
      Properties props = new Properties();
      ZipEntry desc = z.getEntry("Description.props");
      props.load(new StringReader(new String(z.getInputStream(desc).readAllBytes(),
          java.nio.charset.StandardCharsets.ISO_8859_1)));
      assertEquals("dec4j-" + platform, props.getProperty("PackageName"));
      assertEquals(osName, props.getProperty("OSName"));
      assertTrue(matches(props, javaOsName, javaOsArch), "Weka accepts it on " + javaOsName + " " + javaOsArch);
      for (String other : PLATFORMS) {
        if (!other.equals(platform)) {
          assertTrue(Arrays.asList(props.getProperty("Precludes").split(",")).contains("dec4j-" + other),
              props.getProperty("Precludes"));
        }
      }
      assertTrue(!props.getProperty("Description").contains("@"), "template filled: " + props);
      Set<String> lib = new TreeSet<>();
      z.stream().map(ZipEntry::getName).filter(n -> n.startsWith("lib/")).forEach(n -> lib.add(n.substring(4)));
      for (String pattern : NATIVE_JARS) {
        assertTrue(lib.contains(String.format(pattern, platform)), String.format(pattern, platform) + " in " + lib);
      }
      List<String> foreign = new ArrayList<>();
      for (String jar : lib) {
        for (String other : PLATFORMS) {
          if (!other.equals(platform) && jar.contains(other)) {
            foreign.add(jar);
          }
        }
      }
      assertEquals(List.of(), foreign, "another platform's jars");
      assertTrue(lib.stream().noneMatch(j -> j.contains("tests") || j.startsWith("junit")), "test jars: " + lib);
      System.out.printf("%s: %,d bytes, %d jars in lib/%n", zip.getFileName(), Files.size(zip), lib.size());
    }
  }

  @ParameterizedTest
  @CsvSource({ "linux-x86_64, 'Windows 11', amd64", "linux-x86_64, Linux, aarch64", "windows-x86_64, Linux, amd64",
      "macosx-arm64, 'Mac OS X', x86_64", "macosx-x86_64, 'Mac OS X', aarch64", "linux-arm64, 'Mac OS X', aarch64" })
  void wekaRefusesAPackageOnAnotherPlatform(String platform, String javaOsName, String javaOsArch)
      throws IOException {
    Path zip = Path.of(System.getProperty("dec4j.wekaPackages")).resolve("dec4j-weka-0.1.0-" + platform + ".zip");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      Properties props = new Properties();
      props.load(z.getInputStream(z.getEntry("Description.props")));
      assertTrue(!matches(props, javaOsName, javaOsArch), platform + " on " + javaOsName + " " + javaOsArch);
    }
  }

  /** Weka's own check (WekaPackageManager.osAndArchCheck) as it runs on a JVM with this os.name and os.arch. */
  private static synchronized boolean matches(Properties props, String osName, String osArch) {
    String name = System.getProperty("os.name");
    String arch = System.getProperty("os.arch");
    try {
      System.setProperty("os.name", osName);
      System.setProperty("os.arch", osArch);
      return WekaPackageManager.osAndArchCheck(new DefaultPackage(null, null, props), new PrintStream[0]);
    } finally {
      System.setProperty("os.name", name);
      System.setProperty("os.arch", arch);
    }
  }
}
