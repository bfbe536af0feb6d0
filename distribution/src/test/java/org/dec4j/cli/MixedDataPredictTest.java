package org.dec4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model trained on mixed numeric/nominal data predicts the same clusters for a shuffled, reordered copy. */
class MixedDataPredictTest {
  @TempDir
  Path dir;

  private static final String[] COLOURS = { "red", "green", "blue", "white" };

  /** Rows of two groups: numbers, a nominal colour with missing values, a heavy-tailed amount. */
  private static List<String[]> rows() {
    SplittableRandom rng = new SplittableRandom(3);
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      int g = i % 2;
      String colour = i % 11 == 0 ? "?" : COLOURS[2 * g + rng.nextInt(2)];
      String amount = i == 5 ? "100000" : String.format(Locale.ROOT, "%.3f", 100 + 50 * g + 10 * rng.nextGaussian());
      rows.add(new String[] { Integer.toString(i), String.format(Locale.ROOT, "%.4f", g * 4 + rng.nextGaussian()),
          String.format(Locale.ROOT, "%.4f", g * 4 + rng.nextGaussian()), colour, amount, g == 0 ? "a" : "b" });
    }
    return rows;
  }

  private static Path write(Path p, List<String[]> rows, int[] order, boolean reversedLevels) throws IOException {
    String[] header = { "@attribute id numeric", "@attribute x1 numeric", "@attribute x2 numeric",
        "@attribute colour {" + String.join(",", reversedLevels ? List.of("white", "blue", "green", "red")
            : List.of(COLOURS)) + "}", "@attribute amount numeric", "@attribute class {a,b}" };
    StringBuilder b = new StringBuilder("@relation mixed\n");
    for (int c : order) {
      b.append(header[c]).append('\n');
    }
    b.append("@data\n");
    for (String[] r : rows) {
      List<String> cells = new ArrayList<>();
      for (int c : order) {
        cells.add(r[c]);
      }
      b.append(String.join(",", cells)).append('\n');
    }
    Files.writeString(p, b.toString());
    return p;
  }

  @Test
  void shuffledRowsColumnsAndNominalOrderGiveTheSameClusters() throws IOException {
    List<String[]> rows = rows();
    Path train = write(dir.resolve("train.arff"), rows, new int[] { 0, 1, 2, 3, 4, 5 }, false);
    List<String[]> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(7));
    Path other = write(dir.resolve("other.arff"), shuffled, new int[] { 4, 5, 3, 2, 0, 1 }, true);
    Path model = dir.resolve("m.zip");
    Path out1 = dir.resolve("a1.csv");
    Path out2 = dir.resolve("a2.csv");
    assertEquals(0, Main.run("cluster", "--input", train.toString(), "--k", "2", "--layers", "16,8,2",
        "--pretrain-layer-steps", "50", "--pretrain-steps", "100", "--batch-size", "32", "--max-iter", "100",
        "--update-interval", "10", "--kmeans-restarts", "2", "--quiet", "--output", out1.toString(),
        "--save-model", model.toString()));
    assertEquals(0, Main.run("predict", "--model", model.toString(), "--input", other.toString(), "--output",
        out2.toString()));
    List<String> a = Files.readAllLines(out1);
    List<String> b = Files.readAllLines(out2);
    assertEquals(81, b.size());
    for (int i = 1; i < b.size(); i++) {
      int original = Integer.parseInt(shuffled.get(i - 1)[0]);
      String[] x = a.get(original + 1).split(",");
      String[] y = b.get(i).split(",");
      assertEquals(x[1], y[1], "row " + original);
      assertEquals(Double.parseDouble(x[2]), Double.parseDouble(y[2]), 1e-5, "confidence of row " + original);
    }
    long groupZeroClusters = a.stream().skip(1).filter(l -> Integer.parseInt(l.split(",")[0]) % 2 == 0)
        .map(l -> l.split(",")[1]).distinct().count();
    assertTrue(groupZeroClusters == 1, "the two groups are separated");
  }
}
