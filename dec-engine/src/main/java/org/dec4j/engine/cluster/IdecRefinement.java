package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.math.IdecMath;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * IDEC's refinement: DEC's loop and target distribution ({@link DecRefinement}), but each step minimises
 * \[ L = L_r + \gamma \, KL(P \| Q) \]
 * with the decoder kept: the encoder receives both gradients, the decoder only the reconstruction gradient, the
 * centroids only the clustering gradient ({@link JointGradient}, {@link IdecMath}). All three use the configured
 * refinement SGD ({@code learningRate}, {@code momentum}, Nesterov) as DEC does; the authors used Adam on image
 * data. The progress loss is KL(P||Q) per row, as for DEC.
 */
public final class IdecRefinement extends DecRefinement {
  private final DenseNetwork decoder;
  private final GradientStepper decoderStepper;

  /**
   * @param ae the pretrained autoencoder (encoder and decoder parameters change)
   * @param initialCentroids k x latent, row-major
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @param config configuration (gamma is the weight of the clustering loss)
   * @param rng generator of batch orders
   * @param listener progress
   * @param cancel checked every batch
   */
  public IdecRefinement(Autoencoder ae, double[] initialCentroids, float[] x, int n, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    super(ae.encoder(), initialCentroids, x, n, config, rng, listener, cancel);
    this.decoder = ae.decoder();
    this.decoderStepper = GradientStepper.nesterov(decoder.params(), config.learningRate(), config.momentum());
  }

  /** One SGD step on a batch: encoder and decoder on L_r + gamma L_c, centroids on gamma L_c. */
  @Override
  protected void step() {
    INDArray xb = batches.next();
    double[] pb = batchTargets();
    double[] dmu = new double[k * dim];
    JointGradient.compute(encoder, decoder, xb, (z, dz) -> IdecMath.clusteringTerm(z, b, dim, mu, k,
        config.alpha(), pb, config.gamma(), dz, dmu));
    encoderStepper().step(encoder.gradients());
    decoderStepper.step(decoder.gradients());
    stepCentroids(dmu);
  }
}
