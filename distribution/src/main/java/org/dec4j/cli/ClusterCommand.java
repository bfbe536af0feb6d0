package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.Table;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.select.KRequest;
import org.dec4j.cli.data.TableReader;
import org.dec4j.spark.SparkEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code dec cluster}: fit a model to a file, print a summary, write assignments and the model. */
@Command(name = "cluster", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Clusters the rows of an ARFF, ARFF.gz or CSV file (header row) and prints a summary.",
    "A nominal column named 'class' (or --class-column) is never used for training; when present the summary"
        + " gives ACC (Hungarian matching), NMI and ARI against it.",
    "Every setting is an option (--name VALUE); 'dec settings' lists them." })
final class ClusterCommand extends TrainingCommand {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--k", required = true, paramLabel = "K", description = "Number of clusters (2 or more), or a range"
      + " (2..15) or list (3,5,8) to choose K among, as choose-k does.")
  String k;

  @Option(names = "--selection-seeds", defaultValue = "2", paramLabel = "N", description = "Seeds per K when --k"
      + " gives several (default ${DEFAULT-VALUE}).")
  int selectionSeeds;

  @Option(names = "--output", paramLabel = "FILE", description = "Write row,cluster,confidence as CSV here.")
  Path output;

  @Option(names = "--save-model", paramLabel = "FILE", description = "Save the trained model with its data"
      + " preparation (one .zip file, read by predict, inspect and Weka's -load-model).")
  Path saveModel;

  @Mixin
  InputOptions inputOptions;

  @Option(names = "--report", paramLabel = "DIR", description = "Write refinement.png/.csv (the collapse signals:"
      + " smallest cluster share and assignment entropy per batch) and the warnings here.")
  Path report;

  @Option(names = "--quiet", description = "No progress on stderr (warnings still).")
  boolean quiet;

  @Option(names = "--spark", paramLabel = "MASTER", description = "Fit through Spark ML with this master (local[2],"
      + " yarn, ...): the rows become a data set of --partitions partitions, dec-spark's DecClustering fits it where"
      + " they are (dec, idec, ae-kmeans: parameter averaging every --local-steps steps; the other engines on the"
      + " driver) and assigns it distributed. Needs Spark 3.5 (Scala 2.12): ./dec adds $SPARK_HOME/jars.")
  String spark;

  @Option(names = "--local-steps", defaultValue = "" + SparkEngine.DEFAULT_LOCAL_STEPS, paramLabel = "N",
      description = "With --spark: optimizer steps each partition runs between two averagings (default"
      + " ${DEFAULT-VALUE}).")
  int localSteps;

  @Option(names = "--partitions", defaultValue = "4", paramLabel = "N", description = "Partitions of the data set"
      + " with --spark (default ${DEFAULT-VALUE}).")
  int partitions;

  @Override
  public Integer call() throws Exception {
    DecConfig cfg = settings().toConfig();
    KRequest request = KRequest.parse(k, selectionSeeds);
    OutputPaths.file("--output", output);
    OutputPaths.file("--save-model", saveModel);
    OutputPaths.folder("--report", report);
    SparkRun sparkRun = spark == null ? null : SparkRun.start(spark, partitions, localSteps, request, cfg);
    TableClusterer.Prepared prepared = prepare(cfg);
    RunSummary.data(System.out, input.toString(), prepared.data());
    RefinementTrace trace = new RefinementTrace(ProgressPrinter.forCommand(quiet));
    TableClusterer.Result r = sparkRun == null ? TableClusterer.fit(prepared, request, cfg, trace,
        CancellationToken.create()) : sparkRun.fit(prepared, request, cfg, trace, CancellationToken.create());
    if (r.selection() != null) {
      System.out.print(r.selection().text());
    }
    RunSummary.training(System.out, r.fit().model());
    RunSummary.clusters(System.out, r.fit().labels(), r.fit().model().k());
    RunSummary.measures(System.out, r.data(), r.fit().labels());
    OutputPaths outputs = new OutputPaths(System.out);
    if (output != null) {
      outputs.write("--output", output, () -> Assignments.write(output, r.fit().labels(), r.fit().softAssignments()),
          "assignments written to " + output);
    }
    if (report != null) {
      outputs.write("--report", report, () -> trace.write(report), "refinement trace written to "
          + report.resolve("refinement.png"));
    }
    if (saveModel != null) {
      outputs.saveModel(saveModel, r.model());
    }
    outputs.finish();
    return 0;
  }

  /** Reads and prepares the input; the table read is not held after (its columns are doubles: 2x the features). */
  private TableClusterer.Prepared prepare(DecConfig cfg) throws java.io.IOException {
    Table table = TableReader.read(input);
    return TableClusterer.prepare(table, inputOptions.classColumn(table), cfg);
  }
}
