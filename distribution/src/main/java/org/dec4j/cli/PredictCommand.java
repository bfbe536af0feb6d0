package org.dec4j.cli;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.cli.data.InputSchema;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dec predict}: assign the rows of a file with a saved model. */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Assigns the rows of a file to the clusters of a saved model and writes row,cluster,confidence as CSV.",
    "Columns are matched by name to those the model was trained on; the training file gives the same clusters as"
        + " 'cluster' did." })
final class PredictCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model saved by 'cluster --save-model'.")
  Path model;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Data file (.arff, .arff.gz, .csv).")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the CSV.")
  Path output;

  @Override
  public Integer call() throws Exception {
    ModelFile file = ModelFile.load(model);
    ClusterModel m = file.model();
    InputSchema schema = file.schema() != null ? file.schema()
        : InputSchema.numeric(m.inputColumns(), "class");
    Instances raw = TableReader.load(input);
    LabelledData data = TableReader.apply(raw, schema);
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
