package org.dec4j.cli;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.pipeline.PreparedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Output paths are checked before any training (the runs here would take minutes if they trained); a write that
 * fails after training still writes the rest and saves the model elsewhere; writes are atomic.
 */
class OutputPathsTest {
  private static final String DATA = "@relation t\n@attribute a numeric\n@attribute b numeric\n@data\n"
      + "1,2\n3,4\n5,6\n7,8\n";

  @TempDir
  Path dir;

  private String refused(String option, Path path) throws IOException {
    Path input = dir.resolve("d.arff");
    Files.writeString(input, DATA);
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int code = Main.run(new PrintWriter(err, true), "cluster", "--input", input.toString(), "--k", "2", "--layers",
        "8,2", "--pretrain-layer-steps", "1000000", "--pretrain-steps", "1000000", "--quiet", option,
        path.toString());
    assertEquals(2, code, err.toString());
    assertTrue((System.nanoTime() - t0) / 1e9 < 5, "it trained first");
    assertEquals(1, err.toString().lines().count(), err.toString());
    return err.toString().strip();
  }

  @Test
  void badOutputPathsAreRefusedBeforeTrainingNamingTheOption() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");
    assertEquals("dec cluster: error: --output " + file + "/a.csv: " + file + " is a file, not a folder",
        refused("--output", file.resolve("a.csv")));
    assertEquals("dec cluster: error: --save-model " + dir + ": is a folder; give the name of a file",
        refused("--save-model", dir));
    assertEquals("dec cluster: error: --report " + file + ": is a file; give the name of a folder",
        refused("--report", file));
    assertEquals("dec cluster: error: --save-model " + file + "/sub/m.zip: " + file + " is a file, not a folder",
        refused("--save-model", file.resolve("sub/m.zip")));
  }

  @Test
  void aFailedWriteAfterTrainingKeepsTheOthersAndSavesTheModelElsewhere() throws IOException {
    Path input = dir.resolve("d.arff");
    Files.writeString(input, DATA);
    Path model = dir.resolve("m.zip");
    assertEquals(0, Main.run("cluster", "--input", input.toString(), "--k", "2", "--layers", "8,2",
        "--pretrain-layer-steps", "5", "--pretrain-steps", "5", "--max-iter", "5", "--quiet", "--save-model",
        model.toString()));
    PreparedModel m = PreparedModel.load(model);
    Path blocker = Files.writeString(dir.resolve("blocker"), "x");
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    OutputPaths outputs = new OutputPaths(new PrintStream(said, true, StandardCharsets.UTF_8));
    outputs.write("--output", blocker.resolve("a.csv"), () -> Files.writeString(blocker.resolve("a.csv"), "x"),
        "written");
    outputs.write("--report", dir.resolve("r.txt"), () -> Files.writeString(dir.resolve("r.txt"), "x"),
        "report written");
    outputs.saveModel(blocker.resolve("m.zip"), m);
    IOException e = assertThrows(IOException.class, outputs::finish);
    assertTrue(said.toString(StandardCharsets.UTF_8).contains("report written"), said.toString());
    assertTrue(e.getMessage().startsWith("--output " + blocker + "/a.csv: not written ("), e.getMessage());
    String instead = e.getMessage().replaceAll("(?s).*the model is saved in (\\S+) instead.*", "$1");
    assertTrue(e.getMessage().contains("--save-model " + blocker + "/m.zip: not written ("), e.getMessage());
    assertEquals(m.model().k(), PreparedModel.load(Path.of(instead)).model().k());
    Files.delete(Path.of(instead));
  }

  @Test
  void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path csv = Files.writeString(dir.resolve("a.csv"), "previous\n");
    FloatMatrix tooFewRows = FloatMatrix.of(new double[][] { { 0.4, 0.6 } });
    assertThrows(RuntimeException.class, () -> Assignments.write(csv, new int[] { 1, 0, 1 }, tooFewRows));
    assertEquals("previous\n", Files.readString(csv));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(csv), files.toList());
    }
  }
}
