package org.dec4j.engine.cluster;

import org.dec4j.api.config.CollapsePolicy;
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

import java.util.ArrayList;
import java.util.List;
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
   * @param warnings collapse warnings raised
   */
  public record Outcome(int[] labels, double[] q, double[] z, double[] centroids, int iterations, double finalLoss,
      double lastChangedShare, StopReason stopReason, double seconds, List<String> warnings) {
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
  private final CollapseWatch watch;
  private final List<String> warnings = new ArrayList<>();
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
    this.watch = new CollapseWatch(config);
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
        double[] z = Embeddings.embed(encoder, x, n);
        double[] q = DecMath.softAssignments(z, n, dim, mu, k, config.alpha());
        int[] next = DecMath.hardAssignments(q, n, k);
        int[] sizes = DecMath.clusterSizes(next, k);
        double entropy = DecMath.normalizedMeanEntropy(q, n, k);
        CollapseWatch.Verdict verdict = watch.check(ite, sizes, entropy);
        for (String m : verdict.messages()) {
          warnings.add(m);
          listener.warning(m);
        }
        if (verdict.any() && config.collapsePolicy() == CollapsePolicy.STOP) {
          reason = StopReason.COLLAPSED;
          break;
        }
        if (!verdict.collapsing().isEmpty() && config.collapsePolicy() == CollapsePolicy.RESEED && ite > 0) {
          reseed(verdict.collapsing(), z, q, next);
          q = DecMath.softAssignments(z, n, dim, mu, k, config.alpha());
          next = DecMath.hardAssignments(q, n, k);
        }
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
    return new Outcome(finalLabels, q, z, mu.clone(), ite, loss, changed, reason, seconds, List.copyOf(warnings));
  }

  /**
   * Moves each collapsing cluster's centroid to the mean of the worst-fitted rows (lowest largest soft
   * assignment), a different group of rows for each cluster.
   */
  private void reseed(List<Integer> collapsing, double[] z, double[] q, int[] hard) {
    Integer[] order = new Integer[n];
    double[] fit = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      fit[i] = q[i * k + hard[i]];
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> fit[i]));
    int group = Math.max(1, n / (k * 10));
    int next = 0;
    for (int j : collapsing) {
      double[] c = new double[dim];
      int taken = 0;
      for (; next < n && taken < group; next++, taken++) {
        for (int t = 0; t < dim; t++) {
          c[t] += z[order[next] * dim + t] / group;
        }
      }
      System.arraycopy(c, 0, mu, j * dim, dim);
      String m = String.format(java.util.Locale.ROOT, "cluster %d reseeded at the %d worst-fitted rows", j, taken);
      warnings.add(m);
      listener.warning(m);
    }
    copy(mu, muParams);
  }

  private String describe(StopReason reason, int ite, double changed) {
    return switch (reason) {
      case CONVERGED -> String.format(Locale.ROOT, "converged after %d batches: %.3f%% labels changed < tol %.3f%%",
          ite, 100 * changed, 100 * config.tolerance());
      case MAX_ITERATIONS -> String.format(Locale.ROOT,
          "stopped at the maximum of %d batches (%.3f%% labels changed at the last check, tol %.3f%%)", ite,
          100 * changed, 100 * config.tolerance());
      case NO_REFINEMENT -> "no refinement asked for (maxIterations 0): k-means initialisation kept";
      case COLLAPSED -> String.format(Locale.ROOT, "stopped after %d batches because clusters collapsed (policy STOP)",
          ite);
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
