package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.cli.data.InputSchema;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dec cluster}: fit a model to a file, print a summary, write assignments and the model. */
@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Clusters the rows of an ARFF, ARFF.gz or CSV file (header row) and prints a summary.",
    "A nominal column named 'class' (or --class-column) is never used for training; when present the summary"
        + " gives ACC (Hungarian matching), NMI and ARI against it." })
final class ClusterCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--k", required = true, paramLabel = "K", description = "Number of clusters (2 or more).")
  int k;

  @Option(names = "--engine", defaultValue = "dec", description = "Clustering engine (default ${DEFAULT-VALUE}).")
  String engine;

  @Option(names = "--output", paramLabel = "FILE", description = "Write row,cluster,confidence as CSV here.")
  Path output;

  @Option(names = "--save-model", paramLabel = "FILE", description = "Save the trained model (one .zip file).")
  Path saveModel;

  @Mixin
  InputOptions inputOptions;

  @Option(names = "--report", paramLabel = "DIR", description = "Write refinement.png/.csv (the collapse signals:"
      + " smallest cluster share and assignment entropy per batch) and the warnings here.")
  Path report;

  @Option(names = "--quiet", description = "No progress on stderr.")
  boolean quiet;

  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    ClusteringEngine eng = Engines.get(engine);
    DecConfig cfg = config.toConfig(k);
    Instances raw = TableReader.load(input);
    InputSchema schema = inputOptions.fit(raw, cfg.scaling());
    LabelledData data = TableReader.apply(raw, schema);
    RunSummary.data(System.out, input.toString(), data);
    RefinementTrace trace = new RefinementTrace(quiet ? TrainingListener.NONE : ProgressPrinter.onStderr());
    FitResult result = eng.fit(data.features(), cfg, trace, CancellationToken.create());
    RunSummary.training(System.out, result.model());
    RunSummary.clusters(System.out, result.labels(), cfg.k());
    RunSummary.measures(System.out, data, result.labels());
    if (output != null) {
      Assignments.write(output, result.labels(), result.softAssignments());
      System.out.println("assignments written to " + output);
    }
    if (report != null) {
      trace.write(report);
      System.out.println("refinement trace written to " + report.resolve("refinement.png"));
    }
    if (saveModel != null) {
      new ModelFile(result.model(), schema).save(saveModel);
      System.out.println("model saved to " + saveModel);
    }
    return 0;
  }
}
