package org.dec4j.engine.vade;

import org.dec4j.engine.nn.DenseNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * VaDE's encoder as one {@link DenseNetwork} d-...-h-2L: the pretrained encoder d-...-h-L with its last layer
 * widened so that the first L outputs are the mean m of q(z|x) and the last L its log-variance v. In the flat
 * layout each W is column-major (rows = inputs), so the last layer's first L output columns are its first h*L
 * weights, followed by the h*L log-variance weights, then the 2L biases. The mean-only network d-...-h-L (the
 * saved model's encoder) is cut out of it by copying.
 */
final class VariationalEncoder {
  private VariationalEncoder() {
  }

  /**
   * The widened network: hidden layers and the mean outputs copied from the pretrained encoder, the log-variance
   * outputs with zero weights and the given biases (so that v starts the same for every row).
   *
   * @param encoder pretrained encoder d-...-h-L
   * @param logVarianceBias L initial biases of v
   * @return a trainable network d-...-h-2L with its own parameters and gradients
   */
  static DenseNetwork widen(DenseNetwork encoder, double[] logVarianceBias) {
    int[] s = encoder.sizes();
    int last = s.length - 1;
    int h = s[last - 1];
    int latent = s[last];
    int[] wide = s.clone();
    wide[last] = 2 * latent;
    long p = DenseNetwork.parameterCount(wide);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, p);
    DenseNetwork vae = new DenseNetwork(wide, encoder.activations(), params, Nd4j.create(DataType.FLOAT, 1, p));
    long off = hiddenParameters(s);
    INDArray src = encoder.params();
    range(params, 0, off + (long) h * latent).assign(range(src, 0, off + (long) h * latent));
    long bias = off + 2L * h * latent;
    range(params, bias, latent).assign(range(src, off + (long) h * latent, latent));
    float[] v = new float[latent];
    for (int t = 0; t < latent; t++) {
      v[t] = (float) logVarianceBias[t];
    }
    range(params, bias + latent, latent).assign(Nd4j.createFromArray(v).reshape(1, latent));
    return vae;
  }

  /**
   * @param vae the widened network
   * @return an inference-only network d-...-h-L computing the mean outputs of {@code vae}
   */
  static DenseNetwork meanOnly(DenseNetwork vae) {
    int[] s = vae.sizes();
    s[s.length - 1] /= 2;
    DenseNetwork mean = new DenseNetwork(s, vae.activations(), Nd4j.create(DataType.FLOAT, 1,
        DenseNetwork.parameterCount(s)), null);
    copyMean(vae, mean);
    return mean;
  }

  /**
   * Copies the current mean part of {@code vae} into {@code mean}.
   *
   * @param vae the widened network
   * @param mean a network from {@link #meanOnly}
   */
  static void copyMean(DenseNetwork vae, DenseNetwork mean) {
    int[] s = mean.sizes();
    int last = s.length - 1;
    long weights = hiddenParameters(s) + (long) s[last - 1] * s[last];
    range(mean.params(), 0, weights).assign(range(vae.params(), 0, weights));
    range(mean.params(), weights, s[last]).assign(range(vae.params(), weights + (long) s[last - 1] * s[last],
        s[last]));
  }

  /** Parameters of all layers but the last. */
  private static long hiddenParameters(int[] sizes) {
    long p = 0;
    for (int l = 0; l + 2 < sizes.length; l++) {
      p += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    return p;
  }

  private static INDArray range(INDArray flat, long offset, long length) {
    return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + length)).reshape(1, length);
  }
}
