package org.dec4j.cli.compare;

import org.dec4j.cli.report.BarChart;
import org.dec4j.cli.report.Csv;
import org.dec4j.cli.report.ReportFiles;
import org.dec4j.cli.report.TextTable;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The comparison as a text table, a Markdown report, CSV files and a bar chart. */
public final class ComparisonReport {
  private static final List<String> HEADER = List.of("method", "ACC", "NMI", "ARI", "silhouette",
      "Davies-Bouldin", "cluster sizes", "seconds", "note");

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

  private TextTable table() {
    TextTable t = new TextTable(HEADER);
    for (MethodSummary s : rows) {
      t.add(List.of(s.method(), supervised ? s.acc().format(4) : "n/a", supervised ? s.nmi().format(4) : "n/a",
          supervised ? s.ari().format(4) : "n/a", s.silhouette().format(4), s.daviesBouldin().format(3),
          s.sizeRange(), s.seconds().format(1), s.note()));
    }
    return t;
  }

  /** @param out where to print the table */
  public void printTable(PrintStream out) {
    out.println(title);
    table().print(out);
    for (String n : notes) {
      out.println(n);
    }
  }

  /** @return the table in Markdown */
  public String markdownTable() {
    return table().markdown();
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
    ReportFiles.text(dir.resolve("report.md"), md.toString());
    ReportFiles.text(dir.resolve("summary.csv"), summaryCsv());
    ReportFiles.text(dir.resolve("runs.csv"), runsCsv());
  }

  private String summaryCsv() {
    StringBuilder b = new StringBuilder("method,runs,failures,acc_mean,acc_sd,nmi_mean,nmi_sd,ari_mean,ari_sd,"
        + "silhouette_mean,silhouette_sd,davies_bouldin_mean,davies_bouldin_sd,seconds_mean,seconds_sd,"
        + "smallest_cluster,largest_cluster,note\n");
    for (MethodSummary s : rows) {
      b.append(Csv.text(s.method())).append(',').append(s.runs()).append(',').append(s.failures());
      for (Stats st : new Stats[] { s.acc(), s.nmi(), s.ari(), s.silhouette(), s.daviesBouldin(), s.seconds() }) {
        b.append(',').append(Csv.num(st.mean())).append(',').append(Csv.num(st.sd()));
      }
      b.append(',').append(s.sizes().length == 0 ? "" : s.sizes()[s.sizes().length - 1]).append(',')
          .append(s.sizes().length == 0 ? "" : s.sizes()[0]).append(',').append(Csv.text(s.note())).append('\n');
    }
    return b.toString();
  }

  private String runsCsv() {
    StringBuilder b = new StringBuilder("method,seed,acc,nmi,ari,silhouette,davies_bouldin,seconds,sizes,error\n");
    runs.forEach((m, list) -> {
      for (RunResult r : list) {
        b.append(Csv.text(m)).append(',').append(r.seed()).append(',')
            .append(r.external() == null ? "" : Csv.num(r.external().accuracy())).append(',')
            .append(r.external() == null ? "" : Csv.num(r.external().nmi())).append(',')
            .append(r.external() == null ? "" : Csv.num(r.external().ari())).append(',')
            .append(r.internal() == null ? "" : Csv.num(r.internal().silhouette())).append(',')
            .append(r.internal() == null ? "" : Csv.num(r.internal().daviesBouldin())).append(',')
            .append(Csv.num(r.seconds())).append(',')
            .append(r.ok() ? Csv.text(java.util.Arrays.toString(r.sortedSizes())) : "").append(',')
            .append(r.ok() ? "" : Csv.text(r.error())).append('\n');
      }
    });
    return b.toString();
  }

  private void barChart(Path file) throws IOException {
    List<String> measures = new ArrayList<>(supervised ? List.of("ACC", "NMI", "ARI") : List.of());
    measures.add("silhouette");
    measures.add("Davies-Bouldin");
    BarChart chart = new BarChart(title, "mean over seeds (error bar: standard deviation)", measures);
    for (MethodSummary s : rows) {
      if (s.failures() == s.runs()) {
        continue;
      }
      List<Stats> st = new ArrayList<>(supervised ? List.of(s.acc(), s.nmi(), s.ari()) : List.of());
      st.add(s.silhouette());
      st.add(s.daviesBouldin());
      chart.add(s.method(), st.stream().mapToDouble(Stats::mean).toArray(), st.stream().mapToDouble(Stats::sd)
          .toArray());
    }
    chart.write(file);
  }
}
