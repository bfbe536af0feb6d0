package org.dec4j.cli;

import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.cli.report.ReportFiles;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records the refinement's collapse signals (the smallest cluster's share of an equal share, and the entropy of the
 * mean assignment relative to its maximum log K) at every reported batch, passes every event on, and writes them
 * as {@code refinement.csv} and {@code refinement.png}: a collapsing run shows both lines falling, with the
 * warnings listed under the plot.
 */
final class RefinementTrace implements TrainingListener {
  private final TrainingListener next;
  private final List<double[]> points = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** @param next listener that receives every event too */
  RefinementTrace(TrainingListener next) {
    this.next = next;
  }

  @Override
  public void phaseStarted(Phase phase, long totalSteps) {
    next.phaseStarted(phase, totalSteps);
  }

  @Override
  public void progress(TrainingEvent e) {
    next.progress(e);
    int[] sizes = e.clusterSizes();
    if (e.phase() != Phase.REFINE || sizes.length < 2) {
      return;
    }
    long n = 0;
    int min = Integer.MAX_VALUE;
    for (int s : sizes) {
      n += s;
      min = Math.min(min, s);
    }
    points.add(new double[] { e.step(), (double) min * sizes.length / n, e.entropy(),
        Double.isNaN(e.changedShare()) ? 0 : e.changedShare() });
  }

  @Override
  public void phaseEnded(Phase phase, double seconds, String summary) {
    next.phaseEnded(phase, seconds, summary);
  }

  @Override
  public void warning(String message) {
    next.warning(message);
    warnings.add(message);
  }

  /** @return warnings received */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * @param dir destination folder
   * @throws IOException on write errors
   */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv = new StringBuilder("batch,smallest_share_of_equal,relative_entropy,changed_share\n");
    for (double[] p : points) {
      csv.append(String.format(Locale.ROOT, "%d,%.5f,%.5f,%.5f%n", (long) p[0], p[1], p[2], p[3]));
    }
    ReportFiles.text(dir.resolve("refinement.csv"), csv.toString());
    if (points.isEmpty()) {
      return;
    }
    XYChart chart = new XYChartBuilder().width(760).height(420).title("Refinement: is it collapsing?")
        .xAxisTitle("refinement batch").yAxisTitle("share").build();
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setYAxisMin(0.0);
    series(chart, "smallest cluster / equal share", 1);
    series(chart, "entropy of mean assignment / log K", 2);
    series(chart, "labels changed", 3);
    ReportFiles.png(dir.resolve("refinement.png"), chart);
    ReportFiles.text(dir.resolve("warnings.txt"), String.join(System.lineSeparator(), warnings)
        + (warnings.isEmpty() ? "" : System.lineSeparator()));
  }

  private void series(XYChart chart, String name, int column) {
    double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = points.stream().mapToDouble(p -> p[column]).toArray();
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
  }
}
