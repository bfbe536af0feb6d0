package org.dec4j.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Applies an ND4J updater (Adam, Nesterov SGD...) to one flat parameter vector: one fused native op per step
 * for all layers. The gradient passed in must be that of the loss actually minimised (a batch mean, not a sum):
 * unlike DL4J's layers, nothing here divides by the batch size.
 */
public final class GradientStepper {
  private final INDArray params;
  private final GradientUpdater<?> updater;
  private int iteration;

  /**
   * @param params live flat parameter vector [1, P]
   * @param config updater configuration (learning rate etc.)
   */
  public GradientStepper(INDArray params, IUpdater config) {
    this.params = params;
    long state = config.stateSize(params.length());
    INDArray view = state == 0 ? null : Nd4j.zeros(DataType.FLOAT, 1, state);
    this.updater = config.instantiate(view, true);
  }

  /**
   * One step: turns the gradient into an update in place and subtracts it from the parameters.
   *
   * @param gradient flat gradient [1, P]; overwritten with the update
   */
  public void step(INDArray gradient) {
    updater.applyUpdater(gradient, iteration, 0);
    params.subi(gradient);
    iteration++;
  }

  /** @return steps taken */
  public int iterations() {
    return iteration;
  }
}
