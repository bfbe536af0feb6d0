package org.dec4j.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Inverted dropout (masking noise) on a batch: each value is zeroed with probability p and the others are scaled
 * by 1 / (1 - p); the mask of the last call is kept for the backward pass. A seed repeats the noise: each mask is
 * the stream of a {@code SplittableRandom} seeded with one draw of the given generator, value i from draw i. That
 * generator is SplitMix64, whose draw i is a function of the seed and i alone, so the cores draw their parts of a
 * mask at once ({@link CoreWorkers}), each in a loop that vectorises (one draw after another took 2% of a
 * pretraining step, as much as the input's whole gather).
 */
public final class Dropout {
  /**
   * A draw drops when its top 53 bits, as an integer, are below this: {@code nextDouble() < p} without forming
   * the double ({@code nextDouble()} is those bits times 2^-53, and p 2^53 is exact), so the same stream.
   */
  private final long dropBelow;
  /** SplitMix64's increment, that of a {@code SplittableRandom} made from a seed. */
  private static final long GAMMA = 0x9e3779b97f4a7c15L;
  /** Values per task of a mask drawn on the cores. */
  private static final int CHUNK = 1 << 13;
  /** Masks from this many values (256 KB) are drawn on the cores. */
  private static final int PARALLEL_FROM = 1 << 16;
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
    long seed = rng.nextLong();
    java.nio.FloatBuffer target = Device.host() ? out.data().asNioFloat() : null;
    forChunks(mask.length, (from, to) -> {
      drawMask(seed, from, to);
      for (int i = from; i < to; i++) {
        values[i] = colMajor[i] * mask[i];
      }
      if (target != null) {
        target.put(from, values, from, to - from);
      }
    });
    if (target == null) {
      Batches.fill(out, values);
    }
    return out;
  }

  /** A new mask: value i from draw i of {@code new SplittableRandom(rng.nextLong())}. */
  private void drawMask() {
    long seed = rng.nextLong();
    forChunks(mask.length, (from, to) -> drawMask(seed, from, to));
  }

  /** Values [from, to) of the mask; kept apart from the multiplication, so that both loops vectorise. */
  private void drawMask(long seed, int from, int to) {
    for (int i = from; i < to; i++) {
      mask[i] = (mix64(seed + (i + 1L) * GAMMA) >>> 11) < dropBelow ? 0f : keep;
    }
  }

  /** SplitMix64's output function (Steele, Lea and Flood, OOPSLA 2014), as {@code SplittableRandom} has it. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private interface Range {
    void run(int from, int to);
  }

  private static void forChunks(int n, Range work) {
    int tasks = (n + CHUNK - 1) / CHUNK;
    if (tasks > 1 && n >= PARALLEL_FROM && CoreWorkers.parts() > 1) {
      CoreWorkers.forEach(tasks, t -> work.run(t * CHUNK, Math.min(n, (t + 1) * CHUNK)));
    } else {
      work.run(0, n);
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
