package org.dec4j.tests;

import org.dec4j.api.config.Settings;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.pipeline.PreparedModel;
import org.dec4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Model files of earlier and of this release (test resources {@code models/}) still load and predict the labels and
 * confidences their release wrote for the same files (the confidences to their last digit, which the rounding of
 * the products moves with the number of threads they run on): format version 1 (settings under their old names, K
 * inside the configuration, the command line's input schema beside them) and format version 2 (this release). A
 * file of a newer format version is refused in one line naming both versions.
 */
class Version1ModelTest {
  @TempDir
  Path dir;

  private static Path resource(String name) throws Exception {
    return Path.of(Version1ModelTest.class.getResource("/models/" + name).toURI());
  }

  @ParameterizedTest
  @CsvSource({ "iris,1", "credit-g,1", "iris,2", "credit-g,2" })
  void aModelOfAnEarlierFormatPredictsWhatItsReleaseWrote(String data, int version) throws Exception {
    Path model = resource(data + "-dec-v" + version + ".zip");
    Path expected = resource(data + "-dec-v" + version + ".csv");
    assertEquals(version, ModelArchive.load(model).formatVersion());
    PreparedModel m = PreparedModel.load(model);
    assertEquals("dec", m.model().engineName());
    assertEquals(4L, m.model().config().get(Settings.SEED));
    assertArrayEquals(new int[] { 16, 8, 3 }, m.model().config().get(Settings.LAYERS));
    Path out = dir.resolve("predicted.csv");
    assertEquals(0, Main.run("predict", "--model", model.toString(), "--input",
        Datasets.dir().resolve(data + ".arff").toString(), "--output", out.toString()));
    List<String> want = Files.readAllLines(expected);
    List<String> got = Files.readAllLines(out);
    assertEquals(want.size(), got.size());
    assertEquals(want.get(0), got.get(0));
    for (int i = 1; i < want.size(); i++) {
      String[] w = want.get(i).split(",");
      String[] g = got.get(i).split(",");
      assertEquals(w[0] + "," + w[1], g[0] + "," + g[1], "row " + i);
      // the confidence to the last digit written: the products' rounding depends on how many threads BLAS has
      assertEquals(Double.parseDouble(w[2]), Double.parseDouble(g[2]), 2.5e-6, "row " + i);
    }
  }

  @Test
  void aModelOfANewerFormatIsRefusedNamingBothVersions() throws Exception {
    Path newer = dir.resolve("newer.zip");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(resource("iris-dec-v2.zip"));
        ZipInputStream zin = new ZipInputStream(in); ZipOutputStream zout = new ZipOutputStream(buf)) {
      for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
        byte[] b = zin.readAllBytes();
        if (ModelArchive.HEADER_ENTRY.equals(e.getName())) {
          b = new String(b, StandardCharsets.UTF_8).replace("\"formatVersion\":2", "\"formatVersion\":3")
              .getBytes(StandardCharsets.UTF_8);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(b);
        zout.closeEntry();
      }
    }
    Files.write(newer, buf.toByteArray());
    StringWriter err = new StringWriter();
    assertEquals(2, Main.run(new PrintWriter(err, true), "predict", "--model", newer.toString(), "--input",
        Datasets.dir().resolve("iris.arff").toString(), "--output", dir.resolve("o.csv").toString()));
    assertEquals("dec predict: error: the model file has format version 3, this dec4j reads versions 1 to 2: it was"
        + " written by a newer dec4j; upgrade to read it", err.toString().strip());
  }
}
