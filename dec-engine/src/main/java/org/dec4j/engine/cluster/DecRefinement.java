package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.math.DecMath;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

/**
 * DEC's refinement: minimises KL(P||Q) over mini-batches with SGD (Nesterov momentum) on encoder weights and
 * centroids together, with the target distribution P recomputed on all rows at every check of
 * {@link ClusterRefinement}. The formulas are in {@link DecMath}.
 */
public class DecRefinement extends ClusterRefinement {
  private final INDArray muParams;
  private final INDArray muGradient;
  private final GradientStepper encoderStepper;
  private final GradientStepper muStepper;
  private double[] p;

  /**
   * @param encoder encoder to refine (its parameters change)
   * @param initialCentroids k x latent, row-major
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @param config configuration
   * @param rng generator of batch orders
   * @param listener progress
   * @param cancel checked every batch
   */
  public DecRefinement(DenseNetwork encoder, double[] initialCentroids, float[] x, int n, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    super(encoder, initialCentroids, x, n, config, rng, listener, cancel);
    this.muParams = Nd4j.create(DataType.FLOAT, 1, mu.length);
    this.muGradient = Nd4j.create(DataType.FLOAT, 1, mu.length);
    copy(mu, muParams);
    this.encoderStepper = GradientStepper.nesterov(encoder.params(), config.learningRate(), config.momentum());
    this.muStepper = GradientStepper.nesterov(muParams, config.learningRate(), config.momentum());
  }

  /** Recomputes the target P from all rows' Q; the loss is KL(P||Q) per row. */
  @Override
  protected double update(double[] z, double[] q) {
    p = DecMath.targetDistribution(q, n, k);
    return DecMath.klDivergence(p, q, n, k) / n;
  }

  @Override
  protected void centroidsMoved(List<Integer> clusters, int rowsEach) {
    copy(mu, muParams);
  }

  /** One SGD step on a batch: dL/dz through the encoder, dL/dmu on the centroids. */
  @Override
  protected void step() {
    INDArray xb = batches.next();
    double[] zb = Batches.toRowMajor(encoder.forward(xb));
    double[] qb = DecMath.softAssignments(zb, b, dim, mu, k, config.alpha());
    double[] dz = new double[b * dim];
    double[] dmu = new double[k * dim];
    DecMath.klGradient(zb, b, dim, mu, k, config.alpha(), batchTargets(), qb, 1.0 / b, dz, dmu);
    INDArray dOut = encoder.outputGradientBuffer(b);
    Batches.fillFromRowMajor(dOut, dz, b, dim);
    encoder.backward(dOut, false);
    encoderStepper.step(encoder.gradients());
    stepCentroids(dmu);
  }

  /** @return the rows of P of the current batch, b x k row-major */
  protected final double[] batchTargets() {
    int[] rows = batches.index();
    double[] pb = new double[b * k];
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
    copy(dmu, muGradient);
    muStepper.step(muGradient);
    float[] m = muParams.data().asFloat();
    for (int i = 0; i < mu.length; i++) {
      mu[i] = m[i];
    }
  }

  private static void copy(double[] from, INDArray to) {
    float[] f = new float[from.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) from[i];
    }
    Batches.fill(to, f);
  }
}
