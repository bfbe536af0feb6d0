package org.dec4j.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Inverted dropout (masking noise) on a batch: each value is zeroed with probability p and the others are scaled
 * by 1 / (1 - p); the mask of the last call is kept for the backward pass. The mask comes from a seeded Java
 * generator, so a seed repeats the noise.
 */
public final class Dropout {
  private final double p;
  private final float keep;
  private final SplittableRandom rng;
  private final float[] mask;
  private final float[] values;
  private final INDArray out;
  private final INDArray gradOut;
  /** The mask on the device (a device backend only). */
  private final INDArray deviceMask;

  /**
   * @param rows batch rows
   * @param cols batch columns
   * @param p drop probability in [0, 1)
   * @param rng generator
   */
  public Dropout(int rows, int cols, double p, SplittableRandom rng) {
    this.p = p;
    this.keep = (float) (1.0 / (1.0 - p));
    this.rng = rng;
    this.mask = new float[rows * cols];
    this.values = new float[rows * cols];
    this.out = Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
    this.gradOut = Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
    this.deviceMask = Device.host() ? null : Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
  }

  /**
   * Draws a new mask and applies it.
   *
   * @param colMajor values of a rows x cols batch in column-major order
   * @return the masked batch (a buffer overwritten by the next call)
   */
  public INDArray apply(float[] colMajor) {
    for (int i = 0; i < values.length; i++) {
      mask[i] = rng.nextDouble() < p ? 0f : keep;
      values[i] = colMajor[i] * mask[i];
    }
    Batches.fill(out, values);
    return out;
  }

  /**
   * @param x a rows x cols column-major array that is not a view
   * @return the masked batch
   */
  public INDArray apply(INDArray x) {
    if (deviceMask == null) {
      return apply(x.data().asFloat());
    }
    for (int i = 0; i < mask.length; i++) {
      mask[i] = rng.nextDouble() < p ? 0f : keep;
    }
    Device.write(deviceMask, mask);
    return out.assign(x).muli(deviceMask);
  }

  /**
   * Gradient through the last mask.
   *
   * @param grad dLoss/dOutput, rows x cols column-major, not a view
   * @return dLoss/dInput (a buffer overwritten by the next call)
   */
  public INDArray backprop(INDArray grad) {
    if (deviceMask != null) {
      return gradOut.assign(grad).muli(deviceMask);
    }
    float[] g = grad.data().asFloat();
    for (int i = 0; i < g.length; i++) {
      g[i] *= mask[i];
    }
    Batches.fill(gradOut, g);
    return gradOut;
  }
}
