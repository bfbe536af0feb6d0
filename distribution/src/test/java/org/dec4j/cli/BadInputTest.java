package org.dec4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gets a non-zero exit and a message that says what is wrong and where. */
class BadInputTest {
  private static final String HEADER = "@relation t\n@attribute a numeric\n@attribute b numeric\n"
      + "@attribute class {x,y}\n@data\n";
  private static final String[] FAST = { "--pretrain-layer-steps", "5", "--pretrain-steps", "5", "--max-iter", "5",
      "--layers", "8,2", "--kmeans-restarts", "1", "--quiet" };

  @TempDir
  Path dir;

  private String[] fails(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(err, true), args);
    assertTrue(code != 0, "expected a failure for " + String.join(" ", args));
    return new String[] { Integer.toString(code), err.toString() };
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private String[] cluster(Path input, String k, String... more) {
    String[] base = { "cluster", "--input", input.toString(), "--k", k };
    String[] all = new String[base.length + FAST.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(FAST, 0, all, base.length, FAST.length);
    System.arraycopy(more, 0, all, base.length + FAST.length, more.length);
    return all;
  }

  private void assertMessage(String[] result, String... parts) {
    assertEquals("2", result[0], result[1]);
    for (String part : parts) {
      assertTrue(result[1].contains(part), "'" + part + "' not in: " + result[1]);
    }
  }

  /** The command line ships without Spark: --spark says what it needs before reading anything. */
  @Test
  void sparkWithoutSparkOnTheClassPathSaysWhatItNeeds() throws IOException {
    Path f = file("t.arff", HEADER + "1,2,x\n3,4,y\n5,6,x\n");
    assertMessage(fails(cluster(f, "2", "--spark", "local[2]")), "--spark needs Spark 3.5", "SPARK_HOME",
        "org/apache/spark/sql/SparkSession");
    assertMessage(fails(cluster(f, "2..3", "--spark", "local[2]")), "--spark fits one K; give --k a single number");
    assertMessage(fails(cluster(f, "2", "--spark", "local[2]", "--partitions", "0")),
        "--partitions must be at least 1 (got 0)");
    assertMessage(fails(cluster(f, "2", "--spark", "local[2]", "--local-steps", "0")),
        "--local-steps must be at least 1 (got 0)");
  }

  /** A machine without PyTorch: bench --baseline says how to install it before any work. */
  @Test
  void benchBaselineWithoutTorchSaysHowToInstallIt() throws IOException {
    Path f = file("t.arff", HEADER + "1,2,x\n3,4,y\n5,6,x\n");
    System.setProperty("dec4j.python", "/bin/false");
    try {
      assertMessage(fails("bench", "--input", f.toString(), "--baseline"), "--baseline needs PyTorch for /bin/false",
          "apt-get install python3-torch");
    } finally {
      System.clearProperty("dec4j.python");
    }
    assertMessage(fails("bench", "--input", f.toString(), "--pairs", "0"), "--pairs must be at least 1 (got 0)");
  }

  @Test
  void infiniteValueNamesRowAndColumn() throws IOException {
    Path f = file("inf.csv", "a,b\n1,2\n3,Infinity\n5,6\n");
    assertMessage(fails(cluster(f, "2")), "row 1, column 2 ('b')", "Infinity");
  }

  /** Among many rows, an infinite value is still refused, not clipped to a fence with the heavy tails. */
  @Test
  void infiniteValueAmongManyRowsIsRefusedNotClipped() throws IOException {
    StringBuilder b = new StringBuilder("a,b\n");
    for (int i = 0; i < 40; i++) {
      b.append(i).append(',').append(i == 30 ? "-Infinity" : Integer.toString(i % 7)).append('\n');
    }
    assertMessage(fails(cluster(file("inf40.csv", b.toString()), "2")), "row 30, column 2 ('b')", "-Infinity");
  }

  @Test
  void missingValueUnderMissingErrorNamesRowAndColumnAndSaysHowToImpute() throws IOException {
    Path f = file("missing.arff", HEADER + "1,2,x\n3,?,y\n5,6,x\n");
    assertMessage(fails(cluster(f, "2", "--missing", "error")), "row 1, column 'b' is missing", "to impute");
  }

  @Test
  void emptyDataIsRefused() throws IOException {
    Path f = file("empty.arff", HEADER);
    assertMessage(fails(cluster(f, "2")), "no data rows");
  }

  @Test
  void kOutOfRangeIsRefused() throws IOException {
    Path f = file("small.arff", HEADER + "1,2,x\n3,4,y\n5,6,x\n");
    assertMessage(fails(cluster(f, "1")), "k must be at least 2");
    assertMessage(fails(cluster(f, "4")), "k (4) is larger than the number of rows (3)");
  }

  @Test
  void unparsableFileIsRefused() throws IOException {
    Path f = file("broken.arff", "@relation t\n@attribute a numeric\n@data\n1\nnot-a-number\n");
    assertMessage(fails(cluster(f, "2")), "broken.arff line 5: expected a number for attribute 'a' (column 1),"
        + " found 'not-a-number'");
    assertMessage(fails(cluster(dir.resolve("absent.csv"), "2")), "absent.csv", "no such input file");
    Path txt = file("data.txt", "1,2\n");
    assertMessage(fails(cluster(txt, "2")), "expected a .arff, .arff.gz or .csv file");
  }

  @Test
  void stringAndDateFeatureColumnsAreRefusedByName() throws IOException {
    Path s = file("string.arff",
        "@relation t\n@attribute a numeric\n@attribute name string\n@data\n1,'x'\n2,'y'\n3,'z'\n");
    assertMessage(fails(cluster(s, "2")), "column 'name' is string");
    Path n = file("date.arff", "@relation t\n@attribute a numeric\n@attribute day date yyyy-MM-dd\n@data\n"
        + "1,2020-01-01\n2,2020-01-02\n3,2020-01-03\n");
    assertMessage(fails(cluster(n, "2")), "column 'day' is date");
  }

  @Test
  void unknownClassColumnListsTheColumns() throws IOException {
    Path f = file("small.arff", HEADER + "1,2,x\n3,4,y\n5,6,x\n");
    assertMessage(fails(cluster(f, "2", "--class-column", "label")), "'label' is not a column", "a, b, class");
  }

  @Test
  void corruptOrForeignModelFilesAreRefused() throws IOException {
    Path data = file("small.arff", HEADER + "1,2,x\n3,4,y\n5,6,x\n");
    Path junk = file("model.zip", "garbage");
    assertMessage(fails("predict", "--model", junk.toString(), "--input", data.toString(), "--output",
        dir.resolve("o.csv").toString()), "not a dec4j model");
    assertMessage(fails("predict", "--model", dir.resolve("none.zip").toString(), "--input", data.toString(),
        "--output", dir.resolve("o.csv").toString()), "no such model file");
  }

  @Test
  void unknownEngineListsTheAvailableOnes() throws IOException {
    Path f = file("small.arff", HEADER + "1,2,x\n3,4,y\n5,6,x\n");
    assertMessage(fails(cluster(f, "2", "--engine", "nosuch")), "no clustering engine named 'nosuch'", "dec");
  }
}
