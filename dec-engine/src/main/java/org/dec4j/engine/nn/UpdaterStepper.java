package org.dec4j.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/** Steps with an ND4J updater (one fused native op for all layers), then subtracts the update. */
final class UpdaterStepper implements GradientStepper {
  private final INDArray params;
  private final GradientUpdater<?> updater;
  private int iteration;

  UpdaterStepper(INDArray params, IUpdater config) {
    this.params = params;
    long state = config.stateSize(params.length());
    INDArray view = state == 0 ? null : Nd4j.zeros(DataType.FLOAT, 1, state);
    this.updater = config.instantiate(view, true);
  }

  @Override
  public void step(INDArray gradient) {
    updater.applyUpdater(gradient, iteration, 0);
    params.subi(gradient);
    iteration++;
  }

  @Override
  public int iterations() {
    return iteration;
  }
}
