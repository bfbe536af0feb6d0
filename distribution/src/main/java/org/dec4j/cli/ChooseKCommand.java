package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.data.Table;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.api.select.KRequest;
import org.dec4j.api.select.KSelector;
import org.dec4j.cli.choosek.SweepReport;
import org.dec4j.cli.choosek.SweepRow;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code dec choose-k}: measures K and latent sizes without labels and recommends one. */
@Command(name = "choose-k", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Fits every K in a range for each latent size and seed (one pretrained autoencoder per latent size and seed"
        + " serves every K),",
    "prints silhouette and Davies-Bouldin (latent space and input), k-means inertia, stability across seeds, the"
        + " smallest cluster's share",
    "and, when the file has a class column, ACC/NMI/ARI (shown, never used to choose), then recommends a K and"
        + " latent size: the choice Weka's -N -1 and ELKI's K lists make, with the same measures and seeds from"
        + " --seed." })
final class ChooseKCommand extends TrainingCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--k", required = true, paramLabel = "FROM..TO", description = "Range of K, e.g. 2..15, or a"
      + " comma-separated list.")
  String kRange;

  @Option(names = "--latent", paramLabel = "L", split = ",", description = "Latent sizes to compare (default: the"
      + " last of --layers).")
  int[] latent;

  @Option(names = "--seeds", defaultValue = "3", paramLabel = "N", description = "Seeds per combination: --seed,"
      + " --seed + 1, ... (default 3).")
  int seeds;

  @Option(names = "--report", paramLabel = "DIR", description = "Write choose-k.csv, choose-k.md and PNG plots here.")
  Path report;

  @Mixin
  InputOptions inputOptions;

  @Option(names = "--quiet", description = "No engine progress on stderr (warnings still).")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    KRequest request = KRequest.parse(kRange, seeds);
    DecConfig base = settings().toConfig();
    OutputPaths.folder("--report", report);
    Table table = TableReader.read(input);
    TableClusterer.Prepared prepared = TableClusterer.prepare(table, inputOptions.classColumn(table), base);
    PreparedData data = prepared.data();
    RunSummary.data(System.out, input.toString(), data);
    int[] classes = data.classes().map(c -> c.labels()).orElse(null);
    TrainingListener progress = ProgressPrinter.forCommand(quiet);
    KSelector.Selection s = TableClusterer.select(prepared, request, latent, base, progress,
        CancellationToken.create());
    List<SweepRow> rows = new ArrayList<>();
    for (int i = 0; i < s.candidates().size(); i++) {
      rows.add(SweepRow.of(s.candidates().get(i), s.runs().get(i), data.features(), classes,
          base.get(Settings.SEED)));
    }
    SweepReport table2 = new SweepReport(rows, classes != null);
    table2.print(System.out);
    int latents = latent == null ? 1 : latent.length;
    String timing = String.format(Locale.ROOT, "sweep: %.1f s for %d fits (%d pretrainings); the same fits one by one"
        + " would take about %.1f s", s.seconds(), s.candidates().size() * seeds, latents * seeds,
        s.separateSeconds());
    System.out.println(timing);
    System.out.println("recommended: k=" + s.recommendation().k() + " latent=" + s.recommendation().latent());
    System.out.println("  because: " + s.recommendation().reason());
    if (report != null) {
      System.setProperty("java.awt.headless", "true");
      table2.write(report, input.getFileName() + ": choosing K and the latent size", s.recommendation(), timing);
      System.out.println("report written to " + report.resolve("choose-k.md"));
    }
    return 0;
  }
}
