package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.math.DecMath;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.dec4j.engine.runtime.ProgressClock;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The mutable state of one DEC refinement: the encoder being tuned, the centroids, the target distribution and
 * the labels. It minimises KL(P||Q) over mini-batches with SGD (Nesterov momentum) on encoder weights and
 * centroids together, recomputes P on all rows every {@code updateInterval} batches, and stops when fewer than
 * {@code tolerance} of the hard labels changed between two recomputations, or after {@code maxIterations}
 * batches.
 */
public final class DecRefinement {
  /**
   * @param labels final hard labels
   * @param q final soft assignments, n x k
   * @param z final embeddings, n x latent
   * @param centroids final centroids, k x latent
   * @param iterations batches run
   * @param finalLoss KL(P||Q) per row at the last target update
   * @param lastChangedShare share of changed labels at the last check
   * @param stopReason why it ended
   * @param seconds wall time
   */
  public record Outcome(int[] labels, double[] q, double[] z, double[] centroids, int iterations, double finalLoss,
      double lastChangedShare, StopReason stopReason, double seconds) {
  }

  private final DenseNetwork encoder;
  private final float[] x;
  private final int n;
  private final int k;
  private final int dim;
  private final DecConfig config;
  private final TrainingListener listener;
  private final CancellationToken cancel;
  private final Batches batches;
  private final double[] mu;
  private final INDArray muParams;
  private final INDArray muGradient;
  private final GradientStepper encoderStepper;
  private final GradientStepper muStepper;
  private final int b;
  private double[] p;
  private int[] labels;

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
    this.encoder = encoder;
    this.x = x;
    this.n = n;
    this.k = config.k();
    this.dim = encoder.outputSize();
    this.config = config;
    this.listener = listener;
    this.cancel = cancel;
    this.b = Math.min(config.batchSize(), n);
    this.batches = new Batches(x, n, encoder.inputSize(), b, rng);
    this.mu = initialCentroids.clone();
    this.muParams = Nd4j.create(DataType.FLOAT, 1, mu.length);
    this.muGradient = Nd4j.create(DataType.FLOAT, 1, mu.length);
    copy(mu, muParams);
    this.encoderStepper = GradientStepper.nesterov(encoder.params(), config.learningRate(), config.momentum());
    this.muStepper = GradientStepper.nesterov(muParams, config.learningRate(), config.momentum());
  }

  /** @return the outcome after refinement */
  public Outcome run() {
    listener.phaseStarted(Phase.REFINE, config.maxIterations());
    ProgressClock clock = new ProgressClock(0);
    double loss = Double.NaN;
    double changed = Double.NaN;
    StopReason reason = config.maxIterations() == 0 ? StopReason.NO_REFINEMENT : StopReason.MAX_ITERATIONS;
    int ite = 0;
    for (;; ite++) {
      if (ite % config.updateInterval() == 0) {
        double[] q = DecMath.softAssignments(Embeddings.embed(encoder, x, n), n, dim, mu, k, config.alpha());
        int[] next = DecMath.hardAssignments(q, n, k);
        changed = labels == null ? Double.NaN : DecMath.changedShare(labels, next);
        labels = next;
        p = DecMath.targetDistribution(q, n, k);
        loss = DecMath.klDivergence(p, q, n, k) / n;
        listener.progress(new TrainingEvent(Phase.REFINE, ite, config.maxIterations(), loss, changed,
            DecMath.clusterSizes(labels, k), DecMath.normalizedMeanEntropy(q, n, k), clock.rateAndReset()));
        if (ite > 0 && changed < config.tolerance()) {
          reason = StopReason.CONVERGED;
          break;
        }
      }
      if (ite >= config.maxIterations()) {
        break;
      }
      cancel.throwIfCancelled();
      step();
      clock.tick(b);
    }
    double[] z = Embeddings.embed(encoder, x, n);
    double[] q = DecMath.softAssignments(z, n, dim, mu, k, config.alpha());
    int[] finalLabels = DecMath.hardAssignments(q, n, k);
    double seconds = clock.elapsedSeconds();
    listener.phaseEnded(Phase.REFINE, seconds, describe(reason, ite, changed));
    return new Outcome(finalLabels, q, z, mu.clone(), ite, loss, changed, reason, seconds);
  }

  private String describe(StopReason reason, int ite, double changed) {
    return switch (reason) {
      case CONVERGED -> String.format(Locale.ROOT, "converged after %d batches: %.3f%% labels changed < tol %.3f%%",
          ite, 100 * changed, 100 * config.tolerance());
      case MAX_ITERATIONS -> String.format(Locale.ROOT,
          "stopped at the maximum of %d batches (%.3f%% labels changed at the last check, tol %.3f%%)", ite,
          100 * changed, 100 * config.tolerance());
      case NO_REFINEMENT -> "no refinement asked for (maxIterations 0): k-means initialisation kept";
    };
  }

  /** One SGD step on a batch: dL/dz through the encoder, dL/dmu on the centroids. */
  private void step() {
    INDArray xb = batches.next();
    int[] rows = batches.index();
    double[] zb = Batches.toRowMajor(encoder.forward(xb));
    double[] pb = new double[b * k];
    for (int i = 0; i < b; i++) {
      System.arraycopy(p, rows[i] * k, pb, i * k, k);
    }
    double[] qb = DecMath.softAssignments(zb, b, dim, mu, k, config.alpha());
    double[] dz = new double[b * dim];
    double[] dmu = new double[k * dim];
    DecMath.klGradient(zb, b, dim, mu, k, config.alpha(), pb, qb, 1.0 / b, dz, dmu);
    INDArray dOut = encoder.outputGradientBuffer(b);
    float[] colMajor = new float[b * dim];
    for (int i = 0; i < b; i++) {
      for (int t = 0; t < dim; t++) {
        colMajor[t * b + i] = (float) dz[i * dim + t];
      }
    }
    Batches.fill(dOut, colMajor);
    encoder.backward(dOut, false);
    encoderStepper.step(encoder.gradients());
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
