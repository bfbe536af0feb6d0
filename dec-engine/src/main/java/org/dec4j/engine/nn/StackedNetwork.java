package org.dec4j.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Two networks as one, the second reading the first's output: their flat parameter vectors one after the other,
 * which is the layout of the stacked network (DAC's encoder and K-way layer, N2D's encoder and manifold head).
 */
public final class StackedNetwork {
  private StackedNetwork() {
  }

  /**
   * @param first the first network
   * @param second the second, whose input is the first's output
   * @param trainable whether the result gets a gradient vector (to be trained), else inference only
   * @return a new network holding copies of both networks' parameters
   */
  public static DenseNetwork of(DenseNetwork first, DenseNetwork second, boolean trainable) {
    int[] a = first.sizes();
    int[] b = second.sizes();
    if (a[a.length - 1] != b[0]) {
      throw new IllegalArgumentException("the second network reads " + b[0] + " values, the first gives "
          + a[a.length - 1]);
    }
    int[] sizes = new int[a.length + b.length - 1];
    System.arraycopy(a, 0, sizes, 0, a.length);
    System.arraycopy(b, 1, sizes, a.length, b.length - 1);
    LayerActivation[] fa = first.activations();
    LayerActivation[] fb = second.activations();
    LayerActivation[] act = new LayerActivation[fa.length + fb.length];
    System.arraycopy(fa, 0, act, 0, fa.length);
    System.arraycopy(fb, 0, act, fa.length, fb.length);
    INDArray params = Nd4j.concat(1, first.params().dup(), second.params().dup());
    return new DenseNetwork(sizes, act, params, trainable ? Nd4j.create(DataType.FLOAT, 1, params.length()) : null);
  }
}
