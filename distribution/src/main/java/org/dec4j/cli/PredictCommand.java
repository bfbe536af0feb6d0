package org.dec4j.cli;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.pipeline.PreparedModel;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dec predict}: assign the rows of a file with a saved model. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Assigns the rows of a file to the clusters of a saved model and writes row,cluster,confidence as CSV.",
    "Columns are matched by name to those the model was trained on and prepared as in training; the training file"
        + " gives the same clusters as 'cluster' did. Models saved by Weka (-save-model) read the same." })
final class PredictCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model saved by 'cluster"
      + " --save-model' (or by Weka's -save-model).")
  Path model;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the CSV.")
  Path output;

  @Override
  public Integer call() throws Exception {
    OutputPaths.file("--output", output);
    PreparedModel file = PreparedModel.load(model);
    ClusterModel m = file.model();
    PreparedData data = file.prepare(TableReader.read(input));
    RunSummary.data(System.out, input.toString(), data);
    FloatMatrix soft = m.softAssignments(data.features());
    int[] labels = ClusterModel.argmaxRows(soft);
    System.out.printf("model: %s engine, k=%d, trained on %s rows%n", m.engineName(), m.k(),
        m.provenance().getOrDefault("trainingRows", "?"));
    RunSummary.clusters(System.out, labels, m.k());
    RunSummary.measures(System.out, data, labels);
    Assignments.write(output, labels, soft);
    System.out.println("assignments written to " + output);
    return 0;
  }
}
