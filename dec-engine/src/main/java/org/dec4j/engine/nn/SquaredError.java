package org.dec4j.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A batch's squared reconstruction error and its gradient, the loss of every autoencoder in the engines: one
 * pass over host memory ({@link LayerPasses}), ND4J operations on a device.
 */
public final class SquaredError {
  private SquaredError() {
  }

  /**
   * d := (out - target) * scale, computed in floats as ND4J computes it.
   *
   * @param out the network's output, rows x cols column-major, not a view
   * @param target what it should have been, of the same shape and order
   * @param scale the gradient's factor (2 / (rows cols) for the mean squared error)
   * @param d the gradient's buffer, of the same shape and order (may be out)
   * @return the sum of the squared differences
   */
  public static double gradient(INDArray out, INDArray target, double scale, INDArray d) {
    if (Device.host()) {
      return LayerPasses.squaredErrorGradient(out, target, (float) scale, d);
    }
    d.assign(out).subi(target);
    double norm = d.norm2Number().doubleValue();
    d.muli(scale);
    return norm * norm;
  }
}
