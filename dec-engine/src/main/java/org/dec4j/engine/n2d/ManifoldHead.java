package org.dec4j.engine.n2d;

import org.dec4j.api.progress.CancellationToken;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.LayerActivation;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.nn.GradientStepper;
import org.dec4j.engine.nn.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * A parametric stand-in for a manifold learner that has no transform of its own for new rows: a small ReLU network
 * h fitted by Adam to reproduce the learner's coordinates y_i of the training embeddings z_i,
 * \[ \min_h \frac{1}{b\,c} \sum_i \| h(z_i) - y_i \|^2 \]
 * over mini-batches. Stacked after the encoder it maps any row to the manifold ({@link #stack}).
 */
final class ManifoldHead {
  /** Width of the two hidden layers. */
  static final int HIDDEN = 256;

  private ManifoldHead() {
  }

  /**
   * @param z n x in inputs (the embeddings), row-major
   * @param y n x out targets, row-major
   * @param n rows
   * @param in input width
   * @param out output width
   * @param steps Adam steps
   * @param batchSize rows per step
   * @param learningRate Adam's learning rate
   * @param rng weights and batch order
   * @param cancel checked every step
   * @return the trained head and its final mean squared error on all rows
   */
  static Fit fit(double[] z, double[] y, int n, int in, int out, int steps, int batchSize, double learningRate,
      SplittableRandom rng, CancellationToken cancel) {
    int[] sizes = { in, HIDDEN, HIDDEN, out };
    long count = DenseNetwork.parameterCount(sizes);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, count);
    INDArray grads = Nd4j.create(DataType.FLOAT, 1, count);
    WeightInit.glorotUniform(sizes, params, rng.split());
    DenseNetwork head = new DenseNetwork(sizes, new LayerActivation[] { LayerActivation.RELU, LayerActivation.RELU,
        LayerActivation.IDENTITY }, params, grads);
    GradientStepper adam = GradientStepper.adam(params, learningRate);
    int b = Math.min(batchSize, n);
    float[] zf = Embeddings.toFloat(z);
    Batches batches = new Batches(zf, n, in, b, rng.split());
    double[] target = new double[b * out];
    double[] pred = new double[b * out];
    double[] d = new double[b * out];
    for (int s = 0; s < steps; s++) {
      cancel.throwIfCancelled();
      INDArray zb = batches.next();
      int[] rows = batches.index();
      for (int i = 0; i < b; i++) {
        System.arraycopy(y, rows[i] * out, target, i * out, out);
      }
      Batches.toRowMajor(head.forward(zb), pred);
      for (int t = 0; t < d.length; t++) {
        d[t] = 2 * (pred[t] - target[t]) / ((double) b * out);
      }
      INDArray dOut = head.outputGradientBuffer(b);
      Batches.fillFromRowMajor(dOut, d, b, out);
      head.backward(dOut, false);
      adam.step(head.gradients());
    }
    double[] all = Embeddings.embed(head, zf, n);
    double mse = 0;
    for (int t = 0; t < all.length; t++) {
      double e = all[t] - y[t];
      mse += e * e / all.length;
    }
    return new Fit(head, mse);
  }

  /**
   * @param head the trained network
   * @param meanSquaredError on the training rows
   */
  record Fit(DenseNetwork head, double meanSquaredError) {
  }
}
