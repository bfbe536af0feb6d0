package org.dec4j.cli.compare;

import org.dec4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failing method, or one that runs out of memory, never loses the other methods' results. */
class ComparisonTest {
  private static final FloatMatrix X = FloatMatrix.of(new double[][] { { 0, 0 }, { 0, 1 }, { 9, 9 }, { 9, 10 },
      { 0, 0.5 }, { 9, 9.5 } });
  private static final int[] CLASSES = { 0, 0, 1, 1, 0, 1 };

  private static ClusteringMethod failing(String name, Throwable t) {
    return new ClusteringMethod() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String id() {
        return name;
      }

      @Override
      public Run run(FloatMatrix x, int k, long seed) throws Exception {
        if (t instanceof Exception e) {
          throw e;
        }
        throw (Error) t;
      }
    };
  }

  @Test
  void failuresAreReportedInTheirRowAndTheOtherMethodsStillRun() {
    List<ClusteringMethod> methods = List.of(failing("broken", new IllegalStateException("no convergence")),
        ElkiMethods.kmeans(), failing("hungry", new OutOfMemoryError("Java heap space")));
    Map<String, List<RunResult>> runs = new Comparison(methods, 0, 2, new PrintStream(new ByteArrayOutputStream()))
        .run(X, CLASSES, 2);
    ComparisonReport report = new ComparisonReport("t", runs, true, List.of());
    MethodSummary broken = report.rows().get(0);
    MethodSummary kmeans = report.rows().get(1);
    MethodSummary hungry = report.rows().get(2);
    assertTrue(broken.note().contains("failed: IllegalStateException: no convergence"), broken.note());
    assertTrue(hungry.note().contains("out of memory"), hungry.note());
    assertEquals(1.0, kmeans.acc().mean(), 1e-12);
    assertEquals(2, kmeans.acc().n());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.printTable(new PrintStream(out, true, StandardCharsets.UTF_8));
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("ELKI KMeans (k-means++)") && table.contains("1.0000 ± 0.0000"), table);
  }

  @Test
  void withoutClassesTheSupervisedMeasuresAreLeftOut() {
    Map<String, List<RunResult>> runs = new Comparison(List.of(WekaMethods.kmeans()), 0, 1,
        new PrintStream(new ByteArrayOutputStream())).run(X, null, 2);
    RunResult r = runs.values().iterator().next().get(0);
    assertNull(r.external());
    ComparisonReport report = new ComparisonReport("t", runs, false, List.of("no class column"));
    assertTrue(report.markdownTable().contains("n/a"), report.markdownTable());
    assertTrue(r.internal().silhouette() > 0.9, "silhouette " + r.internal().silhouette());
  }

  @Test
  void moreClustersThanRowsFailsPerMethodWithItsOwnMessage() {
    Map<String, List<RunResult>> runs = new Comparison(List.of(ElkiMethods.kmeans(), WekaMethods.em()), 0, 1,
        new PrintStream(new ByteArrayOutputStream())).run(X, CLASSES, 10);
    assertEquals(2, runs.size());
    for (List<RunResult> list : runs.values()) {
      RunResult r = list.get(0);
      assertTrue(!r.ok() || r.labels().length == 6, r.toString());
    }
  }
}
