package org.dec4j.cli.choosek;

import org.dec4j.api.select.Recommendation;
import org.dec4j.cli.compare.Stats;
import org.dec4j.cli.report.ReportFiles;
import org.dec4j.cli.report.TextTable;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The sweep as a text table, CSV, Markdown and one PNG per measure (against K, one line per latent size). */
public final class SweepReport {
  private static final List<String> HEADER = List.of("latent", "K", "silhouette (latent)",
      "Davies-Bouldin (latent)", "silhouette (input)", "Davies-Bouldin (input)", "k-means inertia",
      "stability (ARI)", "smallest cluster", "ACC", "NMI", "ARI");

  private final List<SweepRow> rows;
  private final boolean supervised;

  /**
   * @param rows the sweep
   * @param supervised whether ACC/NMI/ARI were measured
   */
  public SweepReport(List<SweepRow> rows, boolean supervised) {
    this.rows = rows;
    this.supervised = supervised;
  }

  private List<List<String>> cells() {
    List<List<String>> out = new ArrayList<>();
    for (SweepRow r : rows) {
      out.add(List.of(Integer.toString(r.latent()), Integer.toString(r.k()), r.latentSilhouette().format(3),
          r.latentDaviesBouldin().format(3), r.inputSilhouette().format(3), r.inputDaviesBouldin().format(3),
          String.format(Locale.ROOT, "%.4g", r.inertia().mean()), Double.isNaN(r.stability()) ? "-"
              : String.format(Locale.ROOT, "%.3f", r.stability()),
          String.format(Locale.ROOT, "%.1f%%", 100 * r.smallestShare().mean()),
          supervised ? r.acc().format(3) : "n/a", supervised ? r.nmi().format(3) : "n/a",
          supervised ? r.ari().format(3) : "n/a"));
    }
    return out;
  }

  private TextTable table() {
    TextTable t = new TextTable(HEADER);
    cells().forEach(t::add);
    return t;
  }

  /** @param out where to print */
  public void print(PrintStream out) {
    table().print(out);
  }

  /**
   * @param dir folder (created)
   * @param title heading
   * @param recommendation the recommendation
   * @param timing a sentence on the sweep's cost
   * @throws IOException on write errors
   */
  public void write(Path dir, String title, Recommendation recommendation, String timing) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv = new StringBuilder(String.join(",", HEADER).toLowerCase(Locale.ROOT).replace(' ', '_')
        .replace("(", "").replace(")", "")).append('\n');
    for (List<String> r : cells()) {
      csv.append(String.join(",", r).replace(" ± ", "+-")).append('\n');
    }
    StringBuilder md = new StringBuilder("# " + title + "\n\n").append(table().markdown());
    md.append("\n`recommended: k=").append(recommendation.k()).append(" latent=").append(recommendation.latent())
        .append("` (").append(recommendation.reason()).append(")\n\n").append(timing).append("\n\n");
    Map<String, Function<SweepRow, Stats>> charts = new LinkedHashMap<>();
    charts.put("silhouette-latent", SweepRow::latentSilhouette);
    charts.put("davies-bouldin-latent", SweepRow::latentDaviesBouldin);
    charts.put("inertia", SweepRow::inertia);
    charts.put("stability", r -> new Stats(r.stability(), 0, 1));
    charts.put("silhouette-input", SweepRow::inputSilhouette);
    if (supervised) {
      charts.put("acc", SweepRow::acc);
    }
    for (Map.Entry<String, Function<SweepRow, Stats>> e : charts.entrySet()) {
      plot(dir.resolve(e.getKey() + ".png"), e.getKey(), e.getValue());
      md.append("![").append(e.getKey()).append("](").append(e.getKey()).append(".png)\n");
    }
    ReportFiles.text(dir.resolve("choose-k.csv"), csv.toString());
    ReportFiles.text(dir.resolve("choose-k.md"), md.toString());
  }

  private void plot(Path file, String measure, Function<SweepRow, Stats> f) throws IOException {
    XYChart chart = new XYChartBuilder().width(700).height(450).title(measure + " against K").xAxisTitle("K")
        .yAxisTitle(measure).build();
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    Map<Integer, List<SweepRow>> byLatent = new LinkedHashMap<>();
    for (SweepRow r : rows) {
      byLatent.computeIfAbsent(r.latent(), l -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<Integer, List<SweepRow>> e : byLatent.entrySet()) {
      double[] x = e.getValue().stream().mapToDouble(SweepRow::k).toArray();
      double[] y = e.getValue().stream().mapToDouble(r -> f.apply(r).mean()).map(v -> Double.isNaN(v) ? 0 : v)
          .toArray();
      chart.addSeries("latent " + e.getKey(), x, y).setMarker(SeriesMarkers.CIRCLE);
    }
    ReportFiles.png(file, chart);
  }
}
