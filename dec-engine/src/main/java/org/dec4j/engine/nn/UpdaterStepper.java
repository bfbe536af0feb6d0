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
  private final IUpdater config;
  private final INDArray view;
  private int iteration;

  UpdaterStepper(INDArray params, IUpdater config) {
    this.params = params;
    this.config = config;
    long state = config.stateSize(params.length());
    this.view = state == 0 ? null : Nd4j.zeros(DataType.FLOAT, 1, state);
    this.updater = config.instantiate(view, true);
  }

  @Override
  public void step(INDArray gradient) {
    updater.applyUpdater(gradient, iteration, 0);
    params.subi(gradient);
    iteration++;
  }

  /** The updater reads its step size from its configuration at every step. */
  @Override
  public void learningRate(double rate) {
    config.setLrAndSchedule(rate, null);
  }

  @Override
  public int iterations() {
    return iteration;
  }

  /** The updater's state view (Nesterov: the velocity), then the step count. */
  @Override
  public float[] state() {
    float[] v = view == null ? new float[0] : view.data().asFloat();
    float[] s = java.util.Arrays.copyOf(v, v.length + 1);
    s[v.length] = iteration;
    return s;
  }

  @Override
  public void restore(float[] state) {
    long size = view == null ? 0 : view.length();
    if (state.length != size + 1) {
      throw new IllegalArgumentException("optimizer state of " + state.length + " values, expected " + (size + 1));
    }
    if (view != null) {
      Batches.fill(view, java.util.Arrays.copyOf(state, (int) size));
    }
    iteration = Math.round(state[state.length - 1]);
  }
}
