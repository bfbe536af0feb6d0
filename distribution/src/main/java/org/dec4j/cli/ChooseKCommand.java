package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.cli.choosek.KSweep;
import org.dec4j.api.select.Recommendation;
import org.dec4j.cli.choosek.SweepReport;
import org.dec4j.cli.choosek.SweepRow;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code dec choose-k}: measures K and latent sizes without labels and recommends one. */
@Command(name = "choose-k", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Fits every K in a range for each latent size and seed (one pretrained autoencoder per latent size and seed"
        + " serves every K),",
    "prints silhouette and Davies-Bouldin (latent space and input), k-means inertia, stability across seeds, the"
        + " smallest cluster's share",
    "and, when the file has a class column, ACC/NMI/ARI (shown, never used to choose), then recommends a K and"
        + " latent size." })
final class ChooseKCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--k", required = true, paramLabel = "FROM..TO", description = "Range of K, e.g. 2..15, or a"
      + " comma-separated list.")
  String kRange;

  @Option(names = "--seeds", defaultValue = "3", paramLabel = "N", description = "Seeds per combination (default 3).")
  int seeds;

  @Option(names = "--engine", defaultValue = "dec", description = "Clustering engine (default ${DEFAULT-VALUE}).")
  String engine;

  @Option(names = "--report", paramLabel = "DIR", description = "Write choose-k.csv, choose-k.md and PNG plots here.")
  Path report;

  @Mixin
  InputOptions inputOptions;

  @Option(names = "--quiet", description = "No engine progress on stderr.")
  boolean quiet;

  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    int[] ks = parseRange(kRange);
    int[] ls = config.latent;
    config.latent = null;
    DecConfig base = config.toConfig(ks[0]);
    if (ls == null) {
      ls = new int[] { base.latentSize() };
    }
    Instances raw = TableReader.load(input);
    LabelledData data = TableReader.apply(raw, inputOptions.fit(raw, base.scaling()));
    RunSummary.data(System.out, input.toString(), data);
    int[] classes = data.classes().map(c -> c.labels()).orElse(null);
    TrainingListener progress = quiet ? TrainingListener.NONE : ProgressPrinter.onStderr();
    KSweep sweep = new KSweep(Engines.get(engine), base, progress, System.err);
    List<SweepRow> rows = sweep.run(data.features(), classes, ks, ls, seeds);
    SweepReport table = new SweepReport(rows, classes != null);
    table.print(System.out);
    Recommendation rec = Recommendation.of(rows.stream().map(SweepRow::candidate).toList());
    String timing = String.format(Locale.ROOT, "sweep: %.1f s for %d fits (%d pretrainings); the same fits one by one"
        + " would take about %.1f s", sweep.seconds(), ks.length * ls.length * seeds, ls.length * seeds,
        sweep.separateSeconds());
    System.out.println(timing);
    System.out.println("recommended: k=" + rec.k() + " latent=" + rec.latent());
    System.out.println("  because: " + rec.reason());
    if (report != null) {
      System.setProperty("java.awt.headless", "true");
      table.write(report, input.getFileName() + ": choosing K and the latent size", rec, timing);
      System.out.println("report written to " + report.resolve("choose-k.md"));
    }
    return 0;
  }

  static int[] parseRange(String spec) {
    String s = spec.trim();
    int[] ks;
    try {
      if (s.contains("..")) {
        String[] p = s.split("\\.\\.");
        int from = Integer.parseInt(p[0].trim());
        int to = Integer.parseInt(p[1].trim());
        ks = java.util.stream.IntStream.rangeClosed(Math.min(from, to), Math.max(from, to)).toArray();
      } else {
        ks = Arrays.stream(s.split(",")).map(String::trim).mapToInt(Integer::parseInt).distinct().sorted().toArray();
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("--k must be a range like 2..15 or a list like 3,5,8 (got '" + spec + "')");
    }
    if (ks.length == 0 || ks[0] < 2) {
      throw new IllegalArgumentException("--k values must be at least 2 (got '" + spec + "')");
    }
    return ks;
  }
}
