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
import org.dec4j.engine.runtime.ProgressClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The iteration driver of a clustering refinement that trains the encoder and the centroids together over
 * mini-batches: every {@code updateInterval} batches it embeds all rows, assigns them (Student's t soft
 * assignments, hard labels by the largest), runs the collapse watch, lets the variant update what its steps hold
 * fixed ({@link #update}), and stops when fewer than {@code tolerance} of the hard labels changed since the last
 * check, or after {@code maxIterations} batches. A variant supplies only {@link #step} and {@link #update}, as
 * ELKI's k-means variants supply only their iteration.
 *
 * <p>One instance is the mutable state of one run.</p>
 */
public abstract class ClusterRefinement {
  /** The encoder being trained (its parameters change). */
  protected final DenseNetwork encoder;
  /** Scaled rows, row-major n x d. */
  protected final float[] x;
  /** Rows. */
  protected final int n;
  /** Clusters. */
  protected final int k;
  /** Latent size. */
  protected final int dim;
  /** Rows per batch. */
  protected final int b;
  /** Configuration. */
  protected final DecConfig config;
  /** Mini-batches of x in a seeded order. */
  protected final Batches batches;
  /** Centroids mu_j, k x dim row-major; the live values. */
  protected final double[] mu;
  private final TrainingListener listener;
  private final CancellationToken cancel;
  private final CollapseWatch watch;
  private final List<String> warnings = new ArrayList<>();
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
  protected ClusterRefinement(DenseNetwork encoder, double[] initialCentroids, float[] x, int n, DecConfig config,
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
    this.watch = new CollapseWatch(config);
  }

  /** One optimisation step on the next mini-batch. */
  protected abstract void step();

  /**
   * Called at every check, after the labels were updated: refreshes what the steps until the next check hold
   * fixed (DEC: the target distribution P).
   *
   * @param z n x dim embeddings of all rows, row-major
   * @param q n x k soft assignments of all rows
   * @return the variant's clustering loss per row, for progress and the summary
   */
  protected abstract double update(double[] z, double[] q);

  /**
   * The collapse watch moved centroids in {@link #mu} (policy RESEED).
   *
   * @param clusters the clusters moved
   * @param rowsEach rows averaged into each new centroid
   */
  protected abstract void centroidsMoved(List<Integer> clusters, int rowsEach);

  /**
   * Soft assignments of embedded rows; DEC's Student's t kernel around {@link #mu} unless a variant's network
   * assigns by itself (a softmax output).
   *
   * @param z rows x dim embeddings, row-major
   * @return rows x k soft assignments, row-major
   */
  protected double[] assign(double[] z) {
    return DecMath.softAssignments(z, z.length / dim, dim, mu, k, config.alpha());
  }

  /**
   * @return whether the collapse watch may move centroids (policy RESEED); a variant without centroids (its
   *     network's softmax assigns) only warns
   */
  protected boolean hasCentroids() {
    return true;
  }

  /** @return the current hard labels of all rows (null before the first check) */
  protected final int[] labels() {
    return labels;
  }

  /** @return the outcome after refinement */
  public final RefinementOutcome run() {
    listener.phaseStarted(Phase.REFINE, config.maxIterations());
    ProgressClock clock = new ProgressClock(0);
    double loss = Double.NaN;
    double changed = Double.NaN;
    StopReason reason = config.maxIterations() == 0 ? StopReason.NO_REFINEMENT : StopReason.MAX_ITERATIONS;
    int ite = 0;
    for (;; ite++) {
      if (ite % config.updateInterval() == 0) {
        double[] z = Embeddings.embed(encoder, x, n);
        double[] q = assign(z);
        int[] next = DecMath.hardAssignments(q, n, k);
        CollapseWatch.Verdict verdict = watch.check(ite, DecMath.clusterSizes(next, k),
            DecMath.normalizedMeanEntropy(q, n, k));
        verdict.messages().forEach(this::warn);
        if (verdict.any() && config.collapsePolicy() == CollapsePolicy.STOP) {
          reason = StopReason.COLLAPSED;
          break;
        }
        if (!verdict.collapsing().isEmpty() && config.collapsePolicy() == CollapsePolicy.RESEED && ite > 0
            && hasCentroids()) {
          reseed(verdict.collapsing(), z, q, next);
          q = assign(z);
          next = DecMath.hardAssignments(q, n, k);
        }
        changed = labels == null ? Double.NaN : DecMath.changedShare(labels, next);
        labels = next;
        loss = update(z, q);
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
    double[] q = assign(z);
    int[] finalLabels = DecMath.hardAssignments(q, n, k);
    double seconds = clock.elapsedSeconds();
    listener.phaseEnded(Phase.REFINE, seconds, describe(reason, ite, changed));
    return new RefinementOutcome(finalLabels, q, z, mu.clone(), ite, loss, changed, reason, seconds,
        List.copyOf(warnings));
  }

  private void warn(String message) {
    warnings.add(message);
    listener.warning(message);
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
    Arrays.sort(order, Comparator.comparingDouble(i -> fit[i]));
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
      warn(String.format(Locale.ROOT, "cluster %d reseeded at the %d worst-fitted rows", j, taken));
    }
    centroidsMoved(collapsing, group);
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
}
