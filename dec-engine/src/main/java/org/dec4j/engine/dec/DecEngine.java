package org.dec4j.engine.dec;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.config.Settings;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.progress.StepProfile;
import org.dec4j.api.progress.StepProfile.Part;
import org.dec4j.engine.core.DataParallelism;
import org.dec4j.engine.core.EmbeddedClusteringEngine;
import org.dec4j.engine.core.Refinement;
import org.dec4j.engine.core.Start;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The "dec" engine, Deep Embedded Clustering: after autoencoder pretraining and k-means on the latent vectors
 * (the shared phases of {@link EmbeddedClusteringEngine}), encoder and centroids are refined together by
 * minimising
 * \[ L = KL(P \| Q) = \sum_i \sum_j p_{ij} \log \frac{p_{ij}}{q_{ij}} \]
 * with SGD (Nesterov momentum, settings {@code lr} and {@code momentum}) over mini-batches, the target P recomputed
 * on all rows at every check ({@link Run}); the decoder is dropped. The formulas are in {@link DecMath}.
 *
 * <p>Reference: J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for Clustering Analysis. ICML 2016.</p>
 */
public final class DecEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = Engines.DEC;

  /** @param initializer initial centroids */
  @Inject
  public DecEngine(ClusterInitializer initializer) {
    super(NAME, initializer);
  }

  /** A DEC engine with k-means++ initialisation, for use without an injector. */
  public DecEngine() {
    this(new KMeansInitializer());
  }

  /** Data-parallel: pretraining, k-means and the refinement. */
  @Override
  protected DataParallelism dataParallelism() {
    return DataParallelism.REFINEMENT;
  }

  @Override
  public String description() {
    return "Deep Embedded Clustering: autoencoder pretraining, k-means in the latent space, then joint refinement"
        + " of encoder and centroids by KL(P||Q). " + Citations.decOneLine();
  }

  @Override
  protected Refinement refinement(Start s) {
    return new Run(s, s.ae().encoder(), s.rng());
  }

  /**
   * DEC's refinement state: the centroids and their SGD state beside the encoder's, and the target P. One
   * instance is one run.
   */
  public static class Run extends Refinement {
    private final INDArray muParams;
    private final INDArray muGradient;
    private final GradientStepper encoderStepper;
    private final GradientStepper muStepper;
    private double[] p;
    /** The step's buffers (b x dim, b x k, b x k, k x dim): a step allocates no array. */
    private final double[] zBatch;
    private final double[] qBatch;
    private final double[] pBatch;
    private final double[] dzBatch;
    /** dL/dmu of the batch, k x dim; a subclass's step may fill it. */
    protected final double[] dmuBatch;

    /**
     * @param s what the shared phases left (the k-means centroids start the refinement)
     * @param encoder encoder to refine (its parameters change)
     * @param rng generator of batch orders
     */
    protected Run(Start s, DenseNetwork encoder, SplittableRandom rng) {
      super(s, encoder, s.init().centroids(), rng);
      double lr = config.get(Settings.LR);
      double momentum = config.get(Settings.MOMENTUM);
      this.muParams = Nd4j.create(DataType.FLOAT, 1, mu.length);
      this.muGradient = Nd4j.create(DataType.FLOAT, 1, mu.length);
      this.zBatch = new double[b * dim];
      this.qBatch = new double[b * k];
      this.pBatch = new double[b * k];
      this.dzBatch = new double[b * dim];
      this.dmuBatch = new double[k * dim];
      Batches.fill(muParams, mu);
      this.encoderStepper = GradientStepper.nesterov(encoder.params(), lr, momentum);
      this.muStepper = GradientStepper.nesterov(muParams, lr, momentum);
    }

    /** Recomputes the target P from all rows' Q; the loss is KL(P||Q) per row. */
    @Override
    protected double update(double[] z, double[] q) {
      p = DecMath.targetDistribution(q, n, k, clusterFrequencies(q));
      return DecMath.klDivergence(p, q, n, k) / n;
    }

    @Override
    protected void centroidsMoved(List<Integer> clusters, int rowsEach) {
      Batches.fill(muParams, mu);
    }

    /** One SGD step on a batch: dL/dz through the encoder, dL/dmu on the centroids. */
    @Override
    protected void step() {
      long t = StepProfile.start();
      INDArray xb = batches.next();
      StepProfile.add(Part.BATCH, t);
      INDArray z = encoder.forward(xb);
      t = StepProfile.start();
      double[] zb = Batches.toRowMajor(z, zBatch);
      double alpha = config.get(Settings.ALPHA);
      double[] qb = SoftAssignments.studentT(zb, b, dim, mu, k, alpha, qBatch);
      DecMath.klGradient(zb, b, dim, mu, k, alpha, batchTargets(), qb, 1.0 / b, dzBatch, dmuBatch);
      INDArray dOut = encoder.outputGradientBuffer(b);
      Batches.fillFromRowMajor(dOut, dzBatch, b, dim);
      StepProfile.add(Part.CLUSTERING_MATH, t);
      encoder.backward(dOut, false);
      t = StepProfile.start();
      encoderStepper.step(encoder.gradients());
      stepCentroids(dmuBatch);
      StepProfile.add(Part.OPTIMIZER, t);
    }

    @Override
    protected List<GradientStepper> steppers() {
      return List.of(encoderStepper, muStepper);
    }

    /** @return the rows of P of the current batch, b x k row-major */
    protected final double[] batchTargets() {
      int[] rows = batches.index();
      double[] pb = pBatch;
      for (int i = 0; i < b; i++) {
        System.arraycopy(p, rows[i] * k, pb, i * k, k);
      }
      return pb;
    }

    /** @return the updater of the encoder's parameters */
    protected final GradientStepper encoderStepper() {
      return encoderStepper;
    }

    /**
     * One SGD step of the centroids.
     *
     * @param dmu dL/dmu, k x dim row-major
     */
    protected final void stepCentroids(double[] dmu) {
      Batches.fill(muGradient, dmu);
      muStepper.step(muGradient);
      Batches.read(muParams, mu);
    }
  }
}
