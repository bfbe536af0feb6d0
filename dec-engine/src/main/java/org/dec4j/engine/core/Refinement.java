package org.dec4j.engine.core;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.nn.GradientStepper;
import org.dec4j.engine.runtime.ProgressClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The mutable state of one clustering phase and the loop every refining engine shares: mini-batch steps, and every
 * {@code update-interval} batches a check that embeds all rows, assigns them ({@link #assign}; Student's t around
 * the centroids unless the engine's network assigns by itself), runs the collapse watch, lets the engine update
 * what its steps hold fixed ({@link #update}), reports progress, and stops when fewer than {@code tol} of the hard
 * labels changed since the last check (from the second check on, {@link #FIRST_STOP_CHECKS}), or at the budget. An
 * engine supplies {@link #step} and {@link #update} (and overrides a hook where it differs), as ELKI's k-means
 * variants supply only their iteration.
 */
public abstract class Refinement {
  /**
   * The stopping test acts from this check on: the labels at the first check after the start were computed from
   * one target only, and a phase whose first steps move no label (small steps on a well-separated start) would
   * stop there having done nothing; from the second, a second target has had its effect.
   */
  static final int FIRST_STOP_CHECKS = 2;
  /** The network being trained (its parameters change). */
  protected final DenseNetwork encoder;
  /** Scaled rows, row-major n x d. */
  protected final float[] x;
  /** Rows. */
  protected final int n;
  /** Clusters. */
  protected final int k;
  /** Output size of {@link #encoder}. */
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
  private double[] sharedFrequencies;

  /**
   * @param start what the shared phases left
   * @param encoder network to train (its parameters change)
   * @param initialCentroids k x output size, row-major
   * @param rng generator of the batch order
   */
  protected Refinement(Start start, DenseNetwork encoder, double[] initialCentroids, SplittableRandom rng) {
    this.encoder = encoder;
    this.x = start.x();
    this.n = start.n();
    this.k = start.k();
    this.dim = encoder.outputSize();
    this.config = start.config();
    this.listener = start.listener();
    this.cancel = start.cancel();
    this.b = Math.min(config.get(Settings.BATCH_SIZE), n);
    this.batches = new Batches(x, n, encoder.inputSize(), b, rng);
    this.mu = initialCentroids.clone();
    this.watch = new CollapseWatch(config.get(Settings.COLLAPSE_FRACTION), k);
  }

  /** One optimisation step on the next mini-batch. */
  protected abstract void step();

  /**
   * Called at every check, after the labels were updated: refreshes what the steps until the next check hold
   * fixed (DEC: the target distribution P).
   *
   * @param z n x dim embeddings of all rows, row-major
   * @param q n x k soft assignments of all rows
   * @return the engine's clustering loss, for progress and the summary
   */
  protected abstract double update(double[] z, double[] q);

  /**
   * The collapse watch moved centroids in {@link #mu} (policy RESEED); engines with state tied to a centroid
   * refresh it here.
   *
   * @param clusters the clusters moved
   * @param rowsEach rows averaged into each new centroid
   */
  protected void centroidsMoved(List<Integer> clusters, int rowsEach) {
  }

  /**
   * Soft assignments of embedded rows: DEC's Student's t kernel around {@link #mu}, unless the engine's model
   * assigns otherwise.
   *
   * @param z rows x dim embeddings, row-major
   * @return rows x k soft assignments, row-major
   */
  protected double[] assign(double[] z) {
    return SoftAssignments.studentT(z, z.length / dim, dim, mu, k, config.get(Settings.ALPHA));
  }

  /**
   * @return whether the collapse watch may move centroids (policy RESEED); an engine without centroids (its
   *     network's softmax assigns) only warns
   */
  protected boolean hasCentroids() {
    return true;
  }

  /** @return the most batches: {@code max-iter} unless the engine has a budget of its own */
  protected int budget() {
    return config.get(Settings.MAX_ITER);
  }

  /**
   * @param iteration the batch of a check
   * @return whether the collapse watch and the stopping test act at this check (always, unless the engine lets a
   *     network trained from scratch settle first)
   */
  protected boolean watching(int iteration) {
    return true;
  }

  /** @return the model's network, or null for {@link #encoder} */
  protected DenseNetwork modelNetwork() {
    return null;
  }

  /** @return the model's assignment rule (Student's t unless the engine assigns otherwise) */
  protected ClusterHead head() {
    return ClusterHead.studentT();
  }

  /**
   * @param z final n x dim outputs
   * @param finalLabels final labels
   * @return the model's centroids (the live {@link #mu} unless the engine's are derived from the result)
   */
  protected double[] modelCentroids(double[] z, int[] finalLabels) {
    return mu.clone();
  }

  /**
   * @param q n x k soft assignments of this run's rows
   * @return the soft cluster frequencies f_j = sum_i q_ij: over these rows, or in a data-parallel round over all
   *     partitions' rows ({@link DataParallelFit})
   */
  protected final double[] clusterFrequencies(double[] q) {
    return sharedFrequencies != null ? sharedFrequencies.clone() : Assignments.columnSums(q, n, k);
  }

  /** @param f the frequencies over all partitions' rows, used from the next {@link #update} on */
  final void shareFrequencies(double[] f) {
    sharedFrequencies = f.clone();
  }

  /** @return the optimizers whose state a data-parallel fit averages with the parameters and centroids */
  protected List<GradientStepper> steppers() {
    return List.of();
  }

  /** @return the current hard labels of all rows (null before the first check) */
  protected final int[] labels() {
    return labels;
  }

  /** @return the outcome after the loop */
  public final RefinementOutcome run() {
    int budget = budget();
    listener.phaseStarted(Phase.REFINE, budget);
    ProgressClock clock = new ProgressClock(0);
    double loss = Double.NaN;
    double changed = Double.NaN;
    StopReason reason = budget == 0 ? StopReason.NO_REFINEMENT : StopReason.MAX_ITERATIONS;
    int interval = config.get(Settings.UPDATE_INTERVAL);
    CollapsePolicy policy = config.get(Settings.COLLAPSE_POLICY);
    int ite = 0;
    for (;; ite++) {
      if (ite % interval == 0) {
        double[] z = Embeddings.embed(encoder, x, n);
        double[] q = assign(z);
        int[] next = Assignments.hard(q, n, k);
        if (watching(ite)) {
          CollapseWatch.Verdict verdict = watch.check(ite, Assignments.clusterSizes(next, k),
              Assignments.normalizedMeanEntropy(q, n, k));
          verdict.messages().forEach(this::warn);
          if (verdict.any() && policy == CollapsePolicy.STOP) {
            reason = StopReason.COLLAPSED;
            break;
          }
          if (!verdict.collapsing().isEmpty() && policy == CollapsePolicy.RESEED && ite > 0 && hasCentroids()) {
            reseed(verdict.collapsing(), z, q, next);
            q = assign(z);
            next = Assignments.hard(q, n, k);
          }
        }
        changed = labels == null ? Double.NaN : Assignments.changedShare(labels, next);
        labels = next;
        loss = update(z, q);
        listener.progress(new TrainingEvent(Phase.REFINE, ite, budget, loss, changed,
            Assignments.clusterSizes(labels, k), Assignments.normalizedMeanEntropy(q, n, k), clock.rateAndReset()));
        if (ite >= FIRST_STOP_CHECKS * interval && watching(ite) && changed < config.get(Settings.TOL)) {
          reason = StopReason.CONVERGED;
          break;
        }
      }
      if (ite >= budget) {
        break;
      }
      cancel.throwIfCancelled();
      step();
      clock.tick(b);
    }
    double[] z = Embeddings.embed(encoder, x, n);
    double[] q = assign(z);
    int[] finalLabels = Assignments.hard(q, n, k);
    double seconds = clock.elapsedSeconds();
    listener.phaseEnded(Phase.REFINE, seconds, describe(reason, ite, changed));
    return new RefinementOutcome(finalLabels, q, z, modelCentroids(z, finalLabels), ite, loss, changed, reason,
        seconds, List.copyOf(warnings), modelNetwork(), head());
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

  /**
   * @param reason why the loop ended
   * @param ite batches run
   * @param changed share of labels changed at the last check
   * @return the phase's one-line summary
   */
  protected String describe(StopReason reason, int ite, double changed) {
    double tol = config.get(Settings.TOL);
    return switch (reason) {
      case CONVERGED -> String.format(Locale.ROOT, "converged after %d batches: %.3f%% labels changed < tol %.3f%%",
          ite, 100 * changed, 100 * tol);
      case MAX_ITERATIONS -> String.format(Locale.ROOT,
          "stopped at the maximum of %d batches (%.3f%% labels changed at the last check, tol %.3f%%)", ite,
          100 * changed, 100 * tol);
      case NO_REFINEMENT -> "no refinement asked for (max-iter 0): the start kept";
      case COLLAPSED -> String.format(Locale.ROOT, "stopped after %d batches because clusters collapsed (policy STOP)",
          ite);
    };
  }
}
