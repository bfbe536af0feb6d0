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
  /**
   * A draw drops when its top 53 bits, as an integer, are below this: {@code nextDouble() < p} without forming
   * the double ({@code nextDouble()} is those bits times 2^-53, and p 2^53 is exact), so the same stream.
   */
  private final long dropBelow;
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
    this.dropBelow = (long) Math.ceil(p * 0x1p53);
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
    drawMask();
    for (int i = 0; i < values.length; i++) {
      values[i] = colMajor[i] * mask[i];
    }
    Batches.fill(out, values);
    return out;
  }

  /** A new mask, in the generator's order; kept apart from the multiplication, which then vectorises. */
  private void drawMask() {
    for (int i = 0; i < mask.length; i++) {
      mask[i] = (rng.nextLong() >>> 11) < dropBelow ? 0f : keep;
    }
  }

  /**
   * @param x a rows x cols column-major array that is not a view
   * @return the masked batch
   */
  public INDArray apply(INDArray x) {
    if (deviceMask == null) {
      return apply(x.data().asFloat());
    }
    drawMask();
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
