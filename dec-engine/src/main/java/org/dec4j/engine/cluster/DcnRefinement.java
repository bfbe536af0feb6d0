package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.math.DcnMath;
import org.dec4j.engine.math.DecMath;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.SplittableRandom;

/**
 * DCN's alternating optimisation on mini-batches. Each step (1) updates encoder and decoder by SGD on
 * \[ L = L_r + \frac{\lambda}{2b} \sum_i \| f(x_i) - \mu_{s_i} \|^2 \]
 * with the centroids fixed and s_i the nearest centroid ({@link JointGradient}, {@link DcnMath#kmeansTerm}),
 * then (2) assigns the batch's rows, embedded by the updated encoder, to their nearest centroids and (3) moves
 * those centroids by the incremental update {@link DcnMath#updateCentroids}. The counts start at the cluster sizes
 * of the k-means initialisation, so each centroid continues the running mean k-means began. The network steps use
 * the configured refinement SGD ({@code learningRate}, {@code momentum}, Nesterov). The loop, the checks
 * and the stopping rule are those of {@link ClusterRefinement}; the progress loss is the k-means term per row.
 */
public final class DcnRefinement extends ClusterRefinement {
  private final DenseNetwork decoder;
  private final GradientStepper encoderStepper;
  private final GradientStepper decoderStepper;
  private final long[] counts;

  /**
   * @param ae the pretrained autoencoder (encoder and decoder parameters change)
   * @param initialCentroids k x latent, row-major
   * @param initialLabels k-means cluster of each row (for the initial counts)
   * @param x scaled rows, row-major n x d
   * @param config configuration (lambda weights the k-means term)
   * @param rng generator of batch orders
   * @param listener progress
   * @param cancel checked every batch
   */
  public DcnRefinement(Autoencoder ae, double[] initialCentroids, int[] initialLabels, float[] x, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    super(ae.encoder(), initialCentroids, x, initialLabels.length, config, rng, listener, cancel);
    this.decoder = ae.decoder();
    this.encoderStepper = GradientStepper.nesterov(encoder.params(), config.learningRate(), config.momentum());
    this.decoderStepper = GradientStepper.nesterov(decoder.params(), config.learningRate(), config.momentum());
    this.counts = new long[k];
    int[] sizes = DecMath.clusterSizes(initialLabels, k);
    for (int j = 0; j < k; j++) {
      counts[j] = Math.max(1, sizes[j]);
    }
  }

  @Override
  protected double update(double[] z, double[] q) {
    return DcnMath.kmeansLoss(z, n, dim, mu, labels(), config.lambda());
  }

  @Override
  protected void centroidsMoved(List<Integer> clusters, int rowsEach) {
    for (int j : clusters) {
      counts[j] = rowsEach;
    }
  }

  /** Network step with M fixed, then assignments and centroid updates of the batch's rows. */
  @Override
  protected void step() {
    INDArray xb = batches.next();
    JointGradient.compute(encoder, decoder, xb, (z, dz) -> DcnMath.kmeansTerm(z, b, dim, mu, k, config.lambda(),
        dz));
    encoderStepper.step(encoder.gradients());
    decoderStepper.step(decoder.gradients());
    double[] z = Batches.toRowMajor(encoder.output(xb));
    DcnMath.updateCentroids(z, b, dim, DcnMath.nearestCentroids(z, b, dim, mu, k), mu, counts);
  }
}
