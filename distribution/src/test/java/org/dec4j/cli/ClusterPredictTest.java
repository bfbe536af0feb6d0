package org.dec4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterPredictTest {
  @TempDir
  Path dir;

  /** Two blobs in 6 numeric columns with a label column named 'group' (numeric) and a few missing values. */
  private Path csv() throws IOException {
    SplittableRandom rng = new SplittableRandom(1);
    StringBuilder b = new StringBuilder("f0,f1,f2,f3,f4,f5,group\n");
    for (int i = 0; i < 60; i++) {
      int g = i % 2;
      for (int j = 0; j < 6; j++) {
        if (i == 7 && j == 3) {
          b.append('?');
        } else {
          b.append(String.format(java.util.Locale.ROOT, "%.4f", g * 5 + rng.nextGaussian()));
        }
        b.append(',');
      }
      b.append(g == 0 ? "a" : "b").append('\n');
    }
    Path p = dir.resolve("blobs.csv");
    Files.writeString(p, b.toString());
    return p;
  }

  @Test
  void clusterThenPredictGivesTheSameAssignments() throws IOException {
    Path data = csv();
    Path out1 = dir.resolve("a1.csv");
    Path out2 = dir.resolve("a2.csv");
    Path model = dir.resolve("m.zip");
    assertEquals(0, Main.run("cluster", "--input", data.toString(), "--k", "2", "--class-column", "group",
        "--missing", "impute", "--layers", "16,8,2", "--pretrain-layer-steps", "50", "--pretrain-steps", "100", "--batch-size", "32",
        "--max-iter", "100", "--update-interval", "10", "--kmeans-restarts", "2", "--quiet",
        "--output", out1.toString(), "--save-model", model.toString(), "--report", dir.resolve("r").toString()));
    assertTrue(Files.size(dir.resolve("r/refinement.png")) > 1000, "the collapse-signal plot");
    List<String> trace = Files.readAllLines(dir.resolve("r/refinement.csv"));
    assertEquals("batch,smallest_share_of_equal,relative_entropy,changed_share", trace.get(0));
    assertTrue(trace.size() > 1, "refinement batches recorded");
    assertEquals(0, Main.run("predict", "--model", model.toString(), "--input", data.toString(), "--output",
        out2.toString()));
    List<String> a = Files.readAllLines(out1);
    assertEquals("row,cluster,confidence", a.get(0));
    assertEquals(61, a.size());
    assertEquals(a, Files.readAllLines(out2));
    long firstGroup = a.stream().skip(1).filter(l -> Integer.parseInt(l.split(",")[0]) % 2 == 0)
        .map(l -> l.split(",")[1]).distinct().count();
    assertEquals(1, firstGroup, "the blobs are separated");
    assertTrue(a.stream().skip(1).allMatch(l -> Double.parseDouble(l.split(",")[2]) >= 0.5));
  }
}
