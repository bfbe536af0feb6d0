package org.dec4j.cli.choosek;

import org.dec4j.api.select.Recommendation;
import org.dec4j.cli.compare.Stats;
import org.knowm.xchart.BitmapEncoder;
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
  private static final String[] HEADER = { "latent", "K", "silhouette (latent)", "Davies-Bouldin (latent)",
      "silhouette (input)", "Davies-Bouldin (input)", "k-means inertia", "stability (ARI)", "smallest cluster",
      "ACC", "NMI", "ARI" };

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

  private List<String[]> cells() {
    List<String[]> out = new ArrayList<>();
    for (SweepRow r : rows) {
      out.add(new String[] { Integer.toString(r.latent()), Integer.toString(r.k()), r.latentSilhouette().format(3),
          r.latentDaviesBouldin().format(3), r.inputSilhouette().format(3), r.inputDaviesBouldin().format(3),
          String.format(Locale.ROOT, "%.4g", r.inertia().mean()), Double.isNaN(r.stability()) ? "-"
              : String.format(Locale.ROOT, "%.3f", r.stability()),
          String.format(Locale.ROOT, "%.1f%%", 100 * r.smallestShare().mean()),
          supervised ? r.acc().format(3) : "n/a", supervised ? r.nmi().format(3) : "n/a",
          supervised ? r.ari().format(3) : "n/a" });
    }
    return out;
  }

  /** @param out where to print */
  public void print(PrintStream out) {
    List<String[]> cells = cells();
    int[] w = new int[HEADER.length];
    for (int c = 0; c < w.length; c++) {
      w[c] = HEADER[c].length();
      for (String[] r : cells) {
        w[c] = Math.max(w[c], r[c].length());
      }
    }
    out.println(line(HEADER, w));
    for (String[] r : cells) {
      out.println(line(r, w));
    }
  }

  private static String line(String[] cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      b.append(c == 0 ? "" : "  ").append(String.format("%-" + w[c] + "s", cells[c]));
    }
    return b.toString().stripTrailing();
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
    StringBuilder md = new StringBuilder("# " + title + "\n\n| " + String.join(" | ", HEADER) + " |\n|");
    for (int c = 0; c < HEADER.length; c++) {
      md.append(" --- |");
    }
    md.append('\n');
    for (String[] r : cells()) {
      csv.append(String.join(",", r).replace(" ± ", "+-")).append('\n');
      md.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
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
    Files.writeString(dir.resolve("choose-k.csv"), csv.toString());
    Files.writeString(dir.resolve("choose-k.md"), md.toString());
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
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
