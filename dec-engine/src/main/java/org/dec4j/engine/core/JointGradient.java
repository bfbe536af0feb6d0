package org.dec4j.engine.core;

import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.SquaredError;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The gradient of a reconstruction loss plus a clustering loss on the embeddings, for one mini-batch through an
 * autoencoder (encoder f, decoder g):
 * \[ L = L_r + L_c(z), \quad L_r = \frac{1}{b\,d} \sum_i \| x_i - g(f(x_i)) \|^2, \quad z_i = f(x_i) \]
 * The decoder receives only \(\partial L_r\); the encoder receives
 * \(\partial L / \partial z_i = \partial L_r / \partial z_i + \partial L_c / \partial z_i\) through its layers.
 * IDEC and DCN differ only in L_c.
 */
public final class JointGradient {
  private final double[] z;
  private final double[] dz;

  /**
   * The buffers of one refinement's steps (a step allocates no array).
   *
   * @param b rows per batch
   * @param dim latent size
   */
  public JointGradient(int b, int dim) {
    this.z = new double[b * dim];
    this.dz = new double[b * dim];
  }

  /** A clustering loss on a batch of embeddings. */
  @FunctionalInterface
  public interface LatentLoss {
    /**
     * @param z b x dim embeddings, row-major
     * @param dLdz out: dL_c/dz, b x dim row-major (overwritten)
     * @return L_c
     */
    double lossAndGradient(double[] z, double[] dLdz);
  }

  /**
   * The two parts of the loss of a batch.
   *
   * @param reconstruction L_r, mean squared error per entry
   * @param clustering L_c
   */
  public record Loss(double reconstruction, double clustering) {
    /** @return L_r + L_c */
    public double total() {
      return reconstruction + clustering;
    }
  }

  /**
   * Forward and backward pass of one batch: fills {@code encoder.gradients()} and {@code decoder.gradients()}.
   *
   * @param encoder f (training buffers are used)
   * @param decoder g
   * @param xb batch, b x d column-major
   * @param clustering L_c on the batch's embeddings
   * @return the loss before the step
   */
  public Loss compute(DenseNetwork encoder, DenseNetwork decoder, INDArray xb, LatentLoss clustering) {
    int b = (int) xb.rows();
    int d = (int) xb.columns();
    INDArray code = encoder.forward(xb);
    Batches.toRowMajor(code, z);
    INDArray out = decoder.forward(code);
    INDArray dOut = decoder.outputGradientBuffer(b);
    double reconstruction = SquaredError.gradient(out, xb, 2.0 / ((double) b * d), dOut) / ((double) b * d);
    INDArray dCode = decoder.backward(dOut, true);
    double clusteringLoss = clustering.lossAndGradient(z, dz);
    INDArray dz2 = encoder.outputGradientBuffer(b);
    Batches.fillFromRowMajor(dz2, dz, b, encoder.outputSize());
    dz2.addi(dCode);
    encoder.backward(dz2, false);
    return new Loss(reconstruction, clusteringLoss);
  }
}
