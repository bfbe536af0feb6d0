package org.dec4j.tests;

import org.dec4j.api.config.Settings;
import org.dec4j.api.pipeline.PreparedModel;
import org.dec4j.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Model files written by the release before the settings were declared once (format version 1, settings under
 * their old names and K inside the configuration, the command line's input schema beside them) still load, and
 * predict the labels and confidences that release wrote for the same files (test resources {@code models/}).
 */
class Version1ModelTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = { "iris", "credit-g" })
  void aModelOfTheEarlierFormatPredictsWhatItsReleaseWrote(String data) throws Exception {
    Path model = Path.of(getClass().getResource("/models/" + data + "-dec-v1.zip").toURI());
    Path expected = Path.of(getClass().getResource("/models/" + data + "-dec-v1.csv").toURI());
    PreparedModel m = PreparedModel.load(model);
    assertEquals("dec", m.model().engineName());
    assertEquals(4L, m.model().config().get(Settings.SEED));
    assertArrayEquals(new int[] { 16, 8, 3 }, m.model().config().get(Settings.LAYERS));
    Path out = dir.resolve("predicted.csv");
    assertEquals(0, Main.run("predict", "--model", model.toString(), "--input",
        Datasets.dir().resolve(data + ".arff").toString(), "--output", out.toString()));
    assertEquals(Files.readAllLines(expected), Files.readAllLines(out));
  }
}
