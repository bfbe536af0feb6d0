package org.dec4j.engine.dcn;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.config.Settings;
import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.core.EmbeddedClusteringEngine;
import org.dec4j.engine.core.JointGradient;
import org.dec4j.engine.core.Refinement;
import org.dec4j.engine.core.Start;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * The "dcn" engine, Deep Clustering Network: after pretraining and k-means on the latent vectors, encoder, decoder,
 * assignments and centroids are trained together on
 * \[ L = \frac{1}{b\,d} \sum_i \| x_i - g(f(x_i)) \|^2 + \frac{\lambda}{2b\,d} \sum_i \| f(x_i) - M s_i \|^2 \]
 * by alternating optimisation on mini-batches ({@link Run}): (1) encoder and decoder take an SGD step with the
 * centroids fixed and s_i the nearest centroid ({@link JointGradient}, {@link DcnMath#kmeansTerm}), then (2) the
 * batch's rows, embedded by the updated encoder, are assigned to their nearest centroids and (3) those centroids
 * move by the incremental update {@link DcnMath#updateCentroids}. The counts start at the cluster sizes of the
 * k-means initialisation, so each centroid continues the running mean k-means began. lambda is the setting
 * {@code dcn-lambda}; the network steps use the refinement SGD ({@code lr}, {@code momentum}, Nesterov); the
 * progress loss is the k-means term per row.
 *
 * <p>The k-means term contracts the latent space: on the digits (seed 0, lambda 1, 400 + 400 pretraining steps)
 * the mean squared distance of a row to its centroid falls from 2.7 after pretraining to 0.036, so the model's
 * Student's t soft assignments are close to uniform (largest value 0.12 to 0.23 with K = 10). Its hard
 * assignments (the nearest centroid) are the result; the soft ones rank the clusters correctly but are not
 * calibrated confidences.</p>
 *
 * <p>Both terms are batch means divided by the number of input columns d: d times this loss is the paper's
 * (squared reconstruction error summed over the entries of a row, plus lambda/2 the squared distance to the centroid),
 * so {@code dcn-lambda} is the paper's lambda whatever the width of the data. Dividing only the reconstruction by d
 * (lambda per entry, as before) made the k-means term d times stronger on wide data: on mnist10k (784 columns,
 * seed 0) it contracted the latent space onto few centroids and ended at ACC 0.20; with lambda divided by d it ends
 * at 0.668 with its smallest cluster at 0.41 of an equal share. On the digits (64 columns, seeds 0 and 1, the automatic
 * recipe) lambda 1 gives ACC 0.825 and 0.845 against AE+k-means' 0.807 and 0.840; lambda 10 0.821 (seed 0, smallest
 * cluster 0.41 of an equal share), lambda 0.1 0.808 (it moves 0.7% of the labels: the k-means term barely acts).</p>
 *
 * <p>Reference: B. Yang, X. Fu, N. D. Sidiropoulos, M. Hong: Towards K-means-friendly Spaces: Simultaneous Deep
 * Learning and Clustering. ICML 2017.</p>
 */
public final class DcnEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "dcn";

  /** @param initializer initial centroids */
  @Inject
  public DcnEngine(ClusterInitializer initializer) {
    super(NAME, initializer);
  }

  /** With k-means++ initialisation, for use without an injector. */
  public DcnEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Deep Clustering Network: autoencoder and k-means trained together (reconstruction + lambda/2 squared"
        + " distance to the assigned centroid, hard assignments, incremental centroids). " + Citations.dcnOneLine();
  }

  @Override
  protected Refinement refinement(Start s) {
    return new Run(s);
  }

  /** DCN's state: encoder and decoder with their SGD state, and the centroids' running counts. */
  private static final class Run extends Refinement {
    private final DenseNetwork decoder;
    private final GradientStepper encoderStepper;
    private final GradientStepper decoderStepper;
    private final long[] counts;
    private final double lambda;
    private final JointGradient joint;
    private final double[] zBatch;
    private final int[] nearest;

    Run(Start s) {
      super(s, s.ae().encoder(), s.init().centroids(), s.rng());
      this.decoder = s.ae().decoder();
      double lr = config.get(Settings.LR);
      double momentum = config.get(Settings.MOMENTUM);
      this.encoderStepper = GradientStepper.nesterov(encoder.params(), lr, momentum);
      this.decoderStepper = GradientStepper.nesterov(decoder.params(), lr, momentum);
      this.lambda = config.get(Settings.DCN_LAMBDA) / s.d();
      this.counts = new long[k];
      this.joint = new JointGradient(b, dim);
      this.zBatch = new double[b * dim];
      this.nearest = new int[b];
      int[] sizes = Assignments.clusterSizes(s.init().labels(), k);
      for (int j = 0; j < k; j++) {
        counts[j] = Math.max(1, sizes[j]);
      }
    }

    @Override
    protected double update(double[] z, double[] q) {
      return DcnMath.kmeansLoss(z, n, dim, mu, labels(), lambda);
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
      joint.compute(encoder, decoder, xb, (z, dz) -> DcnMath.kmeansTerm(z, b, dim, mu, k, lambda, dz, nearest));
      encoderStepper.step(encoder.gradients());
      decoderStepper.step(decoder.gradients());
      double[] z = Batches.toRowMajor(encoder.forward(xb), zBatch);
      DcnMath.updateCentroids(z, b, dim, DcnMath.nearestCentroids(z, b, dim, mu, k, nearest), mu, counts);
    }
  }
}
