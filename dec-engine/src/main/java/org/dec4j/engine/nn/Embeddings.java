package org.dec4j.engine.nn;

import org.dec4j.api.progress.CancellationToken;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs an encoder over all rows in chunks (inference path), releasing each chunk's arrays before the next (so the
 * memory of a pass does not grow with the rows), and ends with
 * {@link org.dec4j.api.progress.TrainingCancelledException} between chunks once the thread is interrupted (Weka's
 * Stop), so a run over many rows stops within one chunk.
 */
public final class Embeddings {
  /** Rows per inference chunk. */
  static final int CHUNK = 2048;

  private Embeddings() {
  }

  /**
   * @param encoder the encoder
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @return row-major n x latent embeddings
   * @throws org.dec4j.api.progress.TrainingCancelledException if the thread is interrupted
   */
  public static double[] embed(DenseNetwork encoder, float[] x, int n) {
    int d = encoder.inputSize();
    int l = encoder.outputSize();
    double[] z = new double[n * l];
    for (int from = 0; from < n; from += CHUNK) {
      CancellationToken.throwIfInterrupted();
      int to = Math.min(n, from + CHUNK);
      INDArray in = Batches.rows(x, d, from, to);
      INDArray out = encoder.output(in);
      double[] part = Batches.toRowMajor(out);
      if (out != in) {
        out.close();
      }
      in.close();
      System.arraycopy(part, 0, z, from * l, part.length);
    }
    return z;
  }

  /**
   * @param a doubles
   * @return the same values as floats
   */
  public static float[] toFloat(double[] a) {
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      f[i] = (float) a[i];
    }
    return f;
  }
}
