package org.dec4j.cli.suite;

import org.dec4j.cli.report.BarChart;
import org.dec4j.cli.report.ReportFiles;
import org.dec4j.cli.report.TextTable;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's results as they come, data set by data set: a text table per data set, and in a folder
 * {@code suite.csv}, {@code summary.csv}, {@code suite.md} (a table per data set, the best dec4j engine's and the best
 * classical method's ACC in bold) and {@code suite-acc.png} (mean ACC per data set, a bar per method), each written
 * atomically.
 */
public final class SuiteReport {
  private static final List<String> HEADER = List.of("data set", "method", "ACC", "NMI", "ARI", "smallest share",
      "seconds", "peak MB", "changed", "silhouette start → end", "note");
  private static final String LEGEND = "Mean ± standard deviation over the seeds. *smallest share*: the smallest"
      + " cluster's size over the size of equal clusters (rows / K), the least over the seeds (1 = equal sizes,"
      + " 0 = an empty cluster). *seconds*: mean per run; a dec4j engine is charged its own phases, pretraining"
      + " included even where it reused the autoencoder pretrained for an engine before it on the same seed."
      + " *peak MB*: the largest over the seeds of the JVM's peak resident memory during the run (Linux VmHWM,"
      + " reset before each run): the whole JVM, with what earlier runs left cached, and without the pretraining"
      + " an engine reused; blank where the system does not tell. *changed*: mean share of the rows that a dec4j"
      + " engine's clustering phase moved from its k-means start; *silhouette start → end*: the silhouette of that"
      + " start and of the result on the scaled input (blank for methods without such a start). **Bold**: the best"
      + " dec4j engine's and the best classical method's mean ACC on the data set.";

  private final SuitePlan plan;
  private final List<SuiteRun> runs = new ArrayList<>();

  /** @param plan what the suite runs */
  public SuiteReport(SuitePlan plan) {
    this.plan = plan;
  }

  /** @param setRuns the runs of one more data set */
  public void add(List<SuiteRun> setRuns) {
    runs.addAll(setRuns);
  }

  /** @return every run so far */
  public List<SuiteRun> runs() {
    return List.copyOf(runs);
  }

  /**
   * @param out where to print
   * @param setRuns the runs of one data set
   */
  public void print(PrintStream out, List<SuiteRun> setRuns) {
    List<SuiteSummary> rows = SuiteSummary.of(setRuns);
    if (!rows.isEmpty()) {
      out.println(rows.get(0).set().name() + ": " + rows.get(0).set().describe());
      table(rows, false).print(out);
      out.println();
    }
  }

  /**
   * Writes the report of every run so far.
   *
   * @param dir the folder (created)
   * @throws IOException on write errors
   */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<SuiteSummary> rows = SuiteSummary.of(runs);
    ReportFiles.text(dir.resolve("suite.csv"), SuiteCsv.runs(runs));
    ReportFiles.text(dir.resolve("summary.csv"), SuiteCsv.summaries(rows));
    plot(dir.resolve("suite-acc.png"), rows);
    ReportFiles.text(dir.resolve("suite.md"), markdown(rows));
  }

  private String markdown(List<SuiteSummary> rows) {
    StringBuilder md = new StringBuilder("# dec4j benchmark suite\n\n");
    md.append("Started ").append(plan.started()).append(" on the labelled data sets of `").append(plan.data())
        .append("`, ").append(plan.seedRange()).append(" (").append(plan.seeds()).append(" per method and data set)."
            + "\n\nMethods: ");
    List<String> methods = new ArrayList<>();
    plan.methods().forEach((id, name) -> methods.add("`" + id + "` (" + name + ")"));
    md.append(String.join(", ", methods)).append(".\n\nSettings changed from the defaults: ")
        .append(plan.changedSettings().isEmpty() ? "none" : "`" + String.join("`, `", plan.changedSettings()) + "`")
        .append(".\n\n");
    for (String n : plan.notes()) {
      md.append("- ").append(n).append('\n');
    }
    md.append(plan.notes().isEmpty() ? "" : "\n").append(LEGEND).append("\n\n");
    for (List<SuiteSummary> set : bySet(rows).values()) {
      DataSetInfo info = set.get(0).set();
      md.append("## ").append(info.name()).append("\n\n").append(info.describe()).append(".\n\n")
          .append(table(set, true).markdown()).append('\n');
    }
    md.append("![ACC per data set](suite-acc.png)\n");
    return md.toString();
  }

  private static Map<String, List<SuiteSummary>> bySet(List<SuiteSummary> rows) {
    Map<String, List<SuiteSummary>> sets = new LinkedHashMap<>();
    for (SuiteSummary s : rows) {
      sets.computeIfAbsent(s.set().name(), n -> new ArrayList<>()).add(s);
    }
    return sets;
  }

  /**
   * @param rows the summaries of one data set
   * @param markdown for Markdown: without the data-set column (the section names it), best ACCs in bold
   * @return the table
   */
  private static TextTable table(List<SuiteSummary> rows, boolean markdown) {
    TextTable t = new TextTable(markdown ? HEADER.subList(1, HEADER.size()) : HEADER);
    Optional<SuiteSummary> bestEngine = best(rows, true);
    Optional<SuiteSummary> bestClassical = best(rows, false);
    for (SuiteSummary s : rows) {
      String acc = s.acc().format(4);
      boolean best = bestEngine.map(b -> b == s).orElse(false) || bestClassical.map(b -> b == s).orElse(false);
      List<String> cells = new ArrayList<>(List.of(s.method(), markdown && best ? "**" + acc + "**" : acc,
          s.nmi().format(4), s.ari().format(4), number("%.2f", s.smallestShare()),
          number("%.1f", s.seconds().mean()), number("%.0f", s.peakMegabytes()),
          number("%.1f%%", 100 * s.changedShare().mean()), s.silhouetteBefore().n() == 0 ? "-"
              : String.format(Locale.ROOT, "%.3f → %.3f", s.silhouetteBefore().mean(), s.silhouetteAfter().mean()),
          s.note()));
      if (!markdown) {
        cells.add(0, s.set().name());
      }
      t.add(cells);
    }
    return t;
  }

  private static Optional<SuiteSummary> best(List<SuiteSummary> rows, boolean engine) {
    return rows.stream().filter(s -> s.engine() == engine && s.acc().n() > 0)
        .max(Comparator.comparingDouble(s -> s.acc().mean()));
  }

  private static String number(String format, double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
  }

  private void plot(Path file, List<SuiteSummary> rows) throws IOException {
    Map<String, List<SuiteSummary>> sets = bySet(rows);
    BarChart chart = new BarChart("ACC per data set (" + plan.seedRange() + ")",
        "mean ACC over the seeds (error bar: standard deviation)", new ArrayList<>(sets.keySet()));
    for (String method : plan.methods().keySet()) {
      double[] mean = new double[sets.size()];
      double[] sd = new double[sets.size()];
      int i = 0;
      for (List<SuiteSummary> set : sets.values()) {
        SuiteSummary s = set.stream().filter(x -> x.method().equals(method)).findFirst().orElse(null);
        mean[i] = s == null ? Double.NaN : s.acc().mean();
        sd[i++] = s == null ? Double.NaN : s.acc().sd();
      }
      chart.add(method, mean, sd);
    }
    chart.write(file);
  }
}
