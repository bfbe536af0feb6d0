package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.cli.compare.ClusteringMethod;
import org.dec4j.cli.suite.LabelledSet;
import org.dec4j.cli.suite.LabelledSets;
import org.dec4j.cli.suite.Suite;
import org.dec4j.cli.suite.SuitePlan;
import org.dec4j.cli.suite.SuiteReport;
import org.dec4j.cli.suite.SuiteRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code dec suite}: the benchmark of the chosen methods on every labelled data set of a folder. */
@Command(name = "suite", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Benchmark: dec4j's engines beside Weka's and ELKI's k-means and EM on every labelled data set of a folder.",
    "Runs the chosen methods (by default every engine and the four classical ones) with several seeds on each data"
        + " set and reports per data set and method ACC, NMI and ARI, the smallest cluster, the time and the peak"
        + " memory: a table on stdout, and with --report CSV files, a Markdown report and a plot of ACC.",
    "A labelled data set is a .arff or .arff.gz file whose last attribute is nominal: that attribute is the class"
        + " (never a feature) and K is the number of its levels that occur. Smallest data sets first; other ARFF"
        + " files are passed over with a note.",
    "Every setting is an option (--name VALUE) and goes to every engine; 'dec settings' lists them." })
final class SuiteCommand extends TrainingCommand {
  @Option(names = "--data", defaultValue = "data", paramLabel = "DIR", description = "Folder of data sets (default"
      + " ${DEFAULT-VALUE}, relative to the working directory).")
  Path data;

  @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Only these data sets, by file name"
      + " without .arff or .arff.gz (iris,glass).")
  List<String> only;

  @Mixin
  ComparisonOptions comparison;

  @Option(names = "--report", paramLabel = "DIR", description = "Write suite.csv (a row per run), summary.csv (a row"
      + " per data set and method), suite.md and suite-acc.png here, rewritten as each data set finishes.")
  Path report;

  @Override
  public Integer call() throws Exception {
    DecConfig config = settings().toConfig();
    List<ClusteringMethod> chosen = comparison.chosen(config);
    List<String> notes = new ArrayList<>();
    List<LabelledSet> sets = LabelledSets.find(data, only, note -> {
      System.out.println(note);
      notes.add(note);
    });
    System.setProperty("java.awt.headless", "true");
    SuiteReport results = new SuiteReport(SuitePlan.of(data, chosen, config, comparison.seeds, notes));
    Suite suite = new Suite(chosen, config, comparison.seeds, System.err);
    for (LabelledSet set : sets) {
      List<SuiteRun> runs = suite.run(set);
      results.add(runs);
      results.print(System.out, runs);
      if (report != null) {
        results.write(report);
      }
    }
    if (report != null) {
      System.out.println("report written to " + report.resolve("suite.md"));
    }
    return 0;
  }
}
