package org.dec4j.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Initial weights drawn in Java from a seeded generator (not ND4J's shared static one), so a seed gives the same
 * network everywhere.
 */
public final class WeightInit {
  private WeightInit() {
  }

  /**
   * @param kind the configured initialisation
   * @param sizes layer widths, input first
   * @param params flat vector to fill, layout of {@link DenseNetwork}
   * @param rng generator
   */
  public static void apply(org.dec4j.api.config.WeightInit kind, int[] sizes, INDArray params, SplittableRandom rng) {
    switch (kind) {
      case GLOROT_UNIFORM -> glorotUniform(sizes, params, rng);
      case FAN_IN_UNIFORM -> fanInUniform(sizes, params, rng);
      default -> throw new IllegalStateException(kind.toString());
    }
  }

  /**
   * Glorot (Xavier) uniform weights, U(-s, s) with s = sqrt(6 / (fan_in + fan_out)), and zero biases, as Keras
   * initialises the DEC reference implementation's dense layers.
   *
   * @param sizes layer widths, input first
   * @param params flat vector to fill, layout of {@link DenseNetwork}
   * @param rng generator
   */
  public static void glorotUniform(int[] sizes, INDArray params, SplittableRandom rng) {
    uniform(sizes, params, rng, false);
  }

  /**
   * Fan-in scaled uniform weights, U(-s, s) with s = sqrt(1 / fan_in), and zero biases: Keras'
   * VarianceScaling(1/3, fan_in, uniform), used by the Keras DEC port for SGD pretraining.
   *
   * @param sizes layer widths, input first
   * @param params flat vector to fill
   * @param rng generator
   */
  public static void fanInUniform(int[] sizes, INDArray params, SplittableRandom rng) {
    uniform(sizes, params, rng, true);
  }

  private static void uniform(int[] sizes, INDArray params, SplittableRandom rng, boolean fanIn) {
    float[] p = new float[(int) DenseNetwork.parameterCount(sizes)];
    int off = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      double s = fanIn ? Math.sqrt(1.0 / sizes[l]) : Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
      int w = sizes[l] * sizes[l + 1];
      for (int i = 0; i < w; i++) {
        p[off + i] = (float) ((rng.nextDouble() * 2 - 1) * s);
      }
      off += w + sizes[l + 1];
    }
    params.assign(Nd4j.createFromArray(p).reshape(1, p.length));
  }
}
