package org.dec4j.cli.compare;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The comparison as a text table, a Markdown report, CSV files and a bar chart. */
public final class ComparisonReport {
  private static final String[] HEADER = { "method", "ACC", "NMI", "ARI", "silhouette", "Davies-Bouldin",
      "cluster sizes", "seconds", "note" };

  private final String title;
  private final List<MethodSummary> rows;
  private final Map<String, List<RunResult>> runs;
  private final boolean supervised;
  private final List<String> notes;

  /**
   * @param title what was compared (data, k, seeds)
   * @param runs every run, by method
   * @param supervised whether the data had a class column
   * @param notes sentences for the report (what was left out and why)
   */
  public ComparisonReport(String title, Map<String, List<RunResult>> runs, boolean supervised, List<String> notes) {
    this.title = title;
    this.runs = runs;
    this.supervised = supervised;
    this.notes = List.copyOf(notes);
    this.rows = new ArrayList<>();
    runs.forEach((m, r) -> rows.add(MethodSummary.of(m, r)));
  }

  /** @return one summary per method */
  public List<MethodSummary> rows() {
    return rows;
  }

  private List<String[]> cells() {
    List<String[]> out = new ArrayList<>();
    for (MethodSummary s : rows) {
      out.add(new String[] { s.method(), supervised ? s.acc().format(4) : "n/a", supervised ? s.nmi().format(4) : "n/a",
          supervised ? s.ari().format(4) : "n/a", s.silhouette().format(4), s.daviesBouldin().format(3),
          s.sizeRange(), s.seconds().format(1), s.note() });
    }
    return out;
  }

  /** @param out where to print the table */
  public void printTable(PrintStream out) {
    List<String[]> cells = cells();
    int[] w = new int[HEADER.length];
    for (int c = 0; c < HEADER.length; c++) {
      w[c] = HEADER[c].length();
      for (String[] r : cells) {
        w[c] = Math.max(w[c], r[c].length());
      }
    }
    out.println(title);
    out.println(line(HEADER, w));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < w.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(w[c]));
    }
    out.println(rule);
    for (String[] r : cells) {
      out.println(line(r, w));
    }
    for (String n : notes) {
      out.println(n);
    }
  }

  private static String line(String[] cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      b.append(c == 0 ? "" : "  ").append(String.format("%-" + w[c] + "s", cells[c]));
    }
    return b.toString().stripTrailing();
  }

  /** @return the table in Markdown */
  public String markdownTable() {
    StringBuilder b = new StringBuilder("| " + String.join(" | ", HEADER) + " |\n|");
    for (int c = 0; c < HEADER.length; c++) {
      b.append(" --- |");
    }
    b.append('\n');
    for (String[] r : cells()) {
      b.append("| ").append(String.join(" | ", r).replace("|", "\\|").replace(" \\| ", " | ")).append(" |\n");
    }
    return b.toString();
  }

  /**
   * Writes report.md, summary.csv, runs.csv and measures.png into a folder.
   *
   * @param dir the folder (created)
   * @param extraImages further images to show in the report, with captions (file name to caption)
   * @throws IOException on write errors
   */
  public void write(Path dir, Map<String, String> extraImages) throws IOException {
    Files.createDirectories(dir);
    barChart(dir.resolve("measures.png"));
    StringBuilder md = new StringBuilder("# " + title + "\n\n").append(markdownTable()).append('\n');
    md.append("Mean ± standard deviation over the seeds; silhouette and Davies-Bouldin are computed on the input"
        + " features for every method, so the methods are comparable. Cluster sizes: smallest-largest of the first"
        + " seed's run.\n\n");
    for (String n : notes) {
      md.append(n).append("\n\n");
    }
    md.append("![measures](measures.png)\n\n");
    extraImages.forEach((file, caption) -> md.append("![").append(caption).append("](").append(file)
        .append(")\n\n"));
    Files.writeString(dir.resolve("report.md"), md.toString());
    Files.writeString(dir.resolve("summary.csv"), summaryCsv());
    Files.writeString(dir.resolve("runs.csv"), runsCsv());
  }

  private String summaryCsv() {
    StringBuilder b = new StringBuilder("method,runs,failures,acc_mean,acc_sd,nmi_mean,nmi_sd,ari_mean,ari_sd,"
        + "silhouette_mean,silhouette_sd,davies_bouldin_mean,davies_bouldin_sd,seconds_mean,seconds_sd,"
        + "smallest_cluster,largest_cluster,note\n");
    for (MethodSummary s : rows) {
      b.append(csv(s.method())).append(',').append(s.runs()).append(',').append(s.failures());
      for (Stats st : new Stats[] { s.acc(), s.nmi(), s.ari(), s.silhouette(), s.daviesBouldin(), s.seconds() }) {
        b.append(',').append(num(st.mean())).append(',').append(num(st.sd()));
      }
      b.append(',').append(s.sizes().length == 0 ? "" : s.sizes()[s.sizes().length - 1]).append(',')
          .append(s.sizes().length == 0 ? "" : s.sizes()[0]).append(',').append(csv(s.note())).append('\n');
    }
    return b.toString();
  }

  private String runsCsv() {
    StringBuilder b = new StringBuilder("method,seed,acc,nmi,ari,silhouette,davies_bouldin,seconds,sizes,error\n");
    runs.forEach((m, list) -> {
      for (RunResult r : list) {
        b.append(csv(m)).append(',').append(r.seed()).append(',')
            .append(r.external() == null ? "" : num(r.external().accuracy())).append(',')
            .append(r.external() == null ? "" : num(r.external().nmi())).append(',')
            .append(r.external() == null ? "" : num(r.external().ari())).append(',')
            .append(r.internal() == null ? "" : num(r.internal().silhouette())).append(',')
            .append(r.internal() == null ? "" : num(r.internal().daviesBouldin())).append(',')
            .append(num(r.seconds())).append(',')
            .append(r.ok() ? csv(java.util.Arrays.toString(r.sortedSizes())) : "").append(',')
            .append(r.ok() ? "" : csv(r.error())).append('\n');
      }
    });
    return b.toString();
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }

  private static String csv(String s) {
    return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private void barChart(Path file) throws IOException {
    CategoryChart chart = new CategoryChartBuilder().width(1000).height(520).title(title)
        .yAxisTitle("mean over seeds (error bar: standard deviation)").build();
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
    List<String> measures = new ArrayList<>(supervised ? List.of("ACC", "NMI", "ARI") : List.of());
    measures.add("silhouette");
    measures.add("Davies-Bouldin");
    for (MethodSummary s : rows) {
      if (s.failures() == s.runs()) {
        continue;
      }
      List<Stats> st = new ArrayList<>(supervised ? List.of(s.acc(), s.nmi(), s.ari()) : List.of());
      st.add(s.silhouette());
      st.add(s.daviesBouldin());
      List<Double> y = new ArrayList<>();
      List<Double> e = new ArrayList<>();
      for (Stats x : st) {
        y.add(Double.isNaN(x.mean()) ? 0.0 : x.mean());
        e.add(Double.isNaN(x.sd()) ? 0.0 : x.sd());
      }
      chart.addSeries(s.method(), measures, y, e);
    }
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
