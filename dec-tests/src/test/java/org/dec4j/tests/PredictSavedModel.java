package org.dec4j.tests;

import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Loads a saved model and prints its engine and its clusters of a bundled data set (run in a fresh JVM). */
public final class PredictSavedModel {
  private PredictSavedModel() {
  }

  /**
   * @param args the model file and the name of a file in data/
   * @throws Exception if either cannot be read
   */
  public static void main(String[] args) throws Exception {
    ClusterModel model = Engines.load(Path.of(args[0]));
    int[] labels = model.assign(Datasets.load(args[1]).features());
    System.out.println("engine " + model.engineName());
    System.out.println("labels " + Arrays.stream(labels).mapToObj(Integer::toString).collect(Collectors.joining(",")));
  }
}
