package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.data.Table;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.cli.compare.ClusteringMethod;
import org.dec4j.cli.compare.Comparison;
import org.dec4j.cli.compare.ComparisonReport;
import org.dec4j.cli.compare.LatentMap;
import org.dec4j.cli.compare.Methods;
import org.dec4j.cli.compare.RunResult;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code dec compare}: DEC and its relatives side by side with Weka's and ELKI's classical clusterers. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Runs every dec4j engine, Weka SimpleKMeans (k-means++), Weka EM, ELKI KMeans (k-means++) and ELKI EM on the"
        + " same data with several seeds,",
    "and reports per method the mean and spread of ACC, NMI, ARI (when the file has a class column), silhouette and"
        + " Davies-Bouldin (on the input features), cluster sizes and wall time." })
final class CompareCommand extends TrainingCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--k", required = true, paramLabel = "K", description = "Number of clusters.")
  int k;

  @Mixin
  ComparisonOptions comparison;

  @Option(names = "--report", paramLabel = "DIR", description = "Write report.md, summary.csv, runs.csv and PNG"
      + " plots here.")
  Path report;

  @Mixin
  InputOptions inputOptions;

  @Override
  public Integer call() throws Exception {
    return compare(input, k, comparison.methods, comparison.seeds, report, inputOptions, comparison.quiet,
        settings().toConfig());
  }

  static int compare(Path input, int k, String methodSpec, int seeds, Path report, InputOptions inputOptions,
      boolean quiet, DecConfig engineConfig) throws IOException {
    Comparison.checkSeeds(seeds);
    OutputPaths.folder("--report", report);
    Table file = TableReader.read(input);
    PreparedData data = TableClusterer.prepare(file, inputOptions.classColumn(file), engineConfig).data();
    TrainingListener progress = ProgressPrinter.forCommand(quiet);
    List<ClusteringMethod> methods = Methods.parse(methodSpec, engineConfig, progress);
    Methods.warnUnread(methods, engineConfig, progress);
    RunSummary.data(System.out, input.toString(), data);
    int[] classes = data.classes().map(c -> c.labels()).orElse(null);
    List<String> notes = new ArrayList<>();
    if (classes == null) {
      notes.add("The data have no class column: ACC, NMI and ARI are left out (n/a); name one with --class-column.");
    }
    System.setProperty("java.awt.headless", "true");
    Map<String, List<RunResult>> runs = new Comparison(methods, engineConfig.get(Settings.SEED), seeds, System.err)
        .run(data.features(), classes, k);
    String title = String.format(Locale.ROOT, "%s, k=%d, %d seed%s (%d rows x %d features)",
        input.getFileName(), k, seeds, seeds == 1 ? "" : "s", data.features().rows(), data.features().cols());
    ComparisonReport table = new ComparisonReport(title, runs, classes != null, notes);
    table.printTable(System.out);
    if (report != null) {
      java.nio.file.Files.createDirectories(report);
      table.write(report, latentMaps(report, runs, data));
      System.out.println("report written to " + report.resolve("report.md"));
    }
    return 0;
  }

  /** t-SNE maps of the first deep engine's latent space, coloured by cluster and by class. */
  private static Map<String, String> latentMaps(Path dir, Map<String, List<RunResult>> runs, PreparedData data)
      throws IOException {
    Map<String, String> images = new LinkedHashMap<>();
    for (List<RunResult> list : runs.values()) {
      RunResult r = list.stream().filter(x -> x.ok() && x.embedding() != null).findFirst().orElse(null);
      if (r == null) {
        continue;
      }
      LatentMap map = LatentMap.of(r.embedding(), 0);
      List<String> clusters = new ArrayList<>();
      for (int j = 0; j < r.sortedSizes().length; j++) {
        clusters.add("cluster " + j);
      }
      map.plot(dir.resolve("latent-clusters.png"), r.method() + " latent space (t-SNE), by cluster", r.labels(),
          clusters);
      images.put("latent-clusters.png", r.method() + " latent space (t-SNE), coloured by cluster");
      if (data.classes().isPresent()) {
        map.plot(dir.resolve("latent-classes.png"), r.method() + " latent space (t-SNE), by class",
            data.classes().get().labels(), data.classes().get().names());
        images.put("latent-classes.png", r.method() + " latent space (t-SNE), coloured by class");
      }
      break;
    }
    return images;
  }
}
