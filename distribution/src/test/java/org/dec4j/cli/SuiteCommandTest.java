package org.dec4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dec suite} on copies of two bundled data sets, one dec4j engine with a tiny network and one classical
 * method, one seed: a row per run, each set with its own class column and K.
 */
class SuiteCommandTest {
  private static final Path DATA = Path.of(System.getProperty("dec4j.data", "../data"));

  @TempDir
  Path dir;

  @Test
  void runsEveryMethodOnEveryLabelledSetAndWritesTheReport() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.copy(DATA.resolve("glass.arff"), data.resolve("glass.arff"));
    Files.copy(DATA.resolve("iris.arff"), data.resolve("iris.arff"));
    Path report = dir.resolve("report");
    assertEquals(0, Main.run("suite", "--data", data.toString(), "--methods", "ae-kmeans,weka-kmeans", "--seeds",
        "1", "--layers", "8,2", "--pretrain-layer-steps", "5", "--pretrain-steps", "5", "--kmeans-restarts", "1",
        "--quiet", "--report", report.toString()));
    List<String> lines = Files.readAllLines(report.resolve("suite.csv"));
    assertEquals("data_set,rows,features,k,class_column,method,engine,seed,acc,nmi,ari,smallest_share,seconds,"
        + "peak_mb,changed_share,silhouette_before,silhouette_after,error", lines.get(0));
    assertEquals(5, lines.size(), String.join("\n", lines));
    List<Map<String, String>> rows = lines.stream().skip(1).map(l -> row(lines.get(0), l)).toList();
    assertEquals(List.of("iris", "iris", "glass", "glass"), rows.stream().map(r -> r.get("data_set")).toList(),
        "smallest set first");
    for (Map<String, String> r : rows) {
      assertEquals("", r.get("error"), r.toString());
      double acc = Double.parseDouble(r.get("acc"));
      assertTrue(acc > 0 && acc <= 1, r.toString());
      assertTrue(Double.parseDouble(r.get("smallest_share")) >= 0, r.toString());
      if (r.get("data_set").equals("glass")) {
        assertEquals("6", r.get("k"), "the 6 of 7 declared classes that occur");
        assertEquals("9", r.get("features"), "Type is the class, not a feature");
        assertEquals("Type", r.get("class_column"));
      } else {
        assertEquals("3", r.get("k"));
        assertEquals("4", r.get("features"));
      }
    }
    assertEquals("true", rows.get(0).get("engine"));
    assertEquals("false", rows.get(1).get("engine"));
    assertEquals(5, Files.readAllLines(report.resolve("summary.csv")).size());
    String md = Files.readString(report.resolve("suite.md"));
    assertTrue(md.contains("## glass") && md.contains("`layers = 8,2`") && md.contains("**"), md);
    assertTrue(Files.size(report.resolve("suite-acc.png")) > 1000, "the plot");
  }

  private static Map<String, String> row(String header, String line) {
    List<String> names = Arrays.asList(header.split(","));
    String[] cells = line.split(",", -1);
    assertEquals(names.size(), cells.length, line);
    Map<String, String> r = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      r.put(names.get(i), cells[i].replace("\"", ""));
    }
    return r;
  }
}
