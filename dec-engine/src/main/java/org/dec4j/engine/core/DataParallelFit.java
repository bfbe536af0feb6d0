package org.dec4j.engine.core;

import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.parallel.PartitionedRows;
import org.dec4j.api.parallel.Shared;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.PartitionPretraining;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.model.DecModel;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.runtime.Provenance;
import org.dec4j.engine.scaling.FeatureScaler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The shared skeleton of {@link EmbeddedClusteringEngine} on partitioned rows, driven from the driver by
 * parameter averaging: (1) the scaling from column statistics summed over partitions; (2) pretraining in rounds,
 * stage by stage as on one machine (layer pairs, then end to end): every partition runs {@code localSteps} steps
 * from the shared autoencoder and optimizer state ({@link PretrainTask}), and the next round starts from their
 * average weighted by rows, until the stage's budget is spent; (3) k-means|| on the latent vectors where they
 * are ({@link PartitionedRows#kmeans}); (4) the engine's refinement in rounds of {@code localSteps} steps per
 * partition ({@link RefineTask}), each round's target computed on the partition's rows under the round's
 * parameters with the cluster frequencies f_j summed over all rows at the last check, and a check
 * ({@link CheckTask}: frequencies, sizes, entropy, changed labels) whenever {@code update-interval} steps have
 * passed, with the collapse watch and the stopping test of one machine; (5) the model. The rows never leave
 * their partitions.
 *
 * <p>Budgets count the steps of each partition (each pretraining stage's, {@code max-iter}, {@code
 * update-interval}), so P partitions see P times one machine's samples: splitting the budget across them was
 * measured worse (docs/spark.md), as averaging does not add the partitions' progress up.</p>
 *
 * <p>Differences from one machine: no plateau stop in pretraining (the budget runs), and no label-free score in
 * the summary.</p>
 */
final class DataParallelFit {
  /** Lloyd iterations of the k-means on the latent vectors. */
  static final int KMEANS_ITERATIONS = 100;
  /** Refinement rounds are numbered from here, so that no round's generators repeat a pretraining round's. */
  private static final int REFINE_ROUNDS = 1 << 20;
  private final EmbeddedClusteringEngine engine;
  private final PartitionedRows rows;
  private final int k;
  private final int localSteps;
  private final TrainingListener listener;
  private final CancellationToken cancel;
  private final List<String> warnings = new ArrayList<>();
  private int pretrainSteps;
  private double pretrainLoss = Double.NaN;

  DataParallelFit(EmbeddedClusteringEngine engine, PartitionedRows rows, int k, int localSteps,
      TrainingListener listener, CancellationToken cancel) {
    if (localSteps < 1) {
      throw new IllegalArgumentException("local steps must be at least 1 (got " + localSteps + ")");
    }
    if (rows.rows() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + " rows (got " + rows.rows() + ")");
    }
    this.engine = engine;
    this.rows = rows;
    this.k = k;
    this.localSteps = localSteps;
    this.listener = listener;
    this.cancel = cancel;
  }

  DecModel fit(DecConfig given) {
    int n = (int) rows.rows();
    int d = rows.cols();
    if (n == 0 || d == 0) {
      throw new IllegalArgumentException(n == 0 ? "the data have no rows" : "the data have no columns to cluster on");
    }
    ClusteringEngine.checkK(k, n);
    AutoRecipe.Plan plan = AutoRecipe.resolve(given, n, d);
    DecConfig config = plan.config();
    long t0 = System.nanoTime();
    listener.phaseStarted(Phase.PREPARE, 1);
    FeatureScaler scaler = ColumnStatistics.scaler(rows.aggregate(new ColumnStatistics(d)), config.get(
        Settings.SCALING));
    listener.phaseEnded(Phase.PREPARE, seconds(t0), n + " rows x " + d + " columns on " + rows.partitions()
        + " partitions, scaling " + scaler.method() + (plan.text() == null ? "" : "; recipe: " + plan.text()));
    Shared<FitContext> context = rows.share(new FitContext(engine.name(), config, k, scaler));
    try {
      return fit(context, n, d, config, plan.text(), scaler);
    } finally {
      context.release();
    }
  }

  private DecModel fit(Shared<FitContext> context, int n, int d, DecConfig config, String plan,
      FeatureScaler scaler) {
    SplittableRandom rng = new SplittableRandom(config.get(Settings.SEED));
    Autoencoder ae = new AutoencoderFactory().create(d, config, rng.split());
    rng.split();
    int paramCount = (int) ae.params().length();
    long t1 = System.nanoTime();
    float[] pretrained = pretrain(context, ae.params().toFloatVector(), paramCount, ae.encoder().layers(), config);
    double pretrainSeconds = seconds(t1);
    long t2 = System.nanoTime();
    int dim = ae.encoder().outputSize();
    listener.phaseStarted(Phase.INIT, 1);
    Shared<float[]> encoder = rows.share(pretrained);
    double[] mu;
    try {
      mu = rows.kmeans(new EncodeMap(context, encoder), k, KMEANS_ITERATIONS, rng.nextLong());
    } finally {
      encoder.release();
    }
    listener.phaseEnded(Phase.INIT, seconds(t2), "k-means|| (Spark MLlib) on " + dim + "-d latent vectors");
    double initSeconds = seconds(t2);
    float[] state = StateTask.concat(pretrained, mu);
    long t3 = System.nanoTime();
    Outcome out = engine.dataParallelism() == DataParallelism.REFINEMENT ? refine(context, state, paramCount, dim,
        config) : new Outcome(state, check(context, state, null, paramCount, dim), 0, Double.NaN, Double.NaN,
        StopReason.NO_REFINEMENT);
    return model(n, d, config, plan, scaler, out, paramCount, dim, pretrainSeconds, initSeconds,
        seconds(t3));
  }

  private float[] pretrain(Shared<FitContext> context, float[] params, int paramCount, int layers,
      DecConfig config) {
    int[] budgets = PartitionPretraining.budgets(config, (int) rows.rows(), layers);
    long total = 0;
    for (int b : budgets) {
      total += (b + localSteps - 1) / localSteps * (long) localSteps;
    }
    listener.phaseStarted(Phase.PRETRAIN, total);
    float[] state = params;
    long t0 = System.nanoTime();
    long bytes0 = rows.bytesMoved();
    int round = 0;
    for (int stage = 0; stage < budgets.length; stage++) {
      state = java.util.Arrays.copyOf(state, paramCount);
      int stageId = budgets.length == 1 ? layers : stage;
      for (int r = 0; r < (budgets[stage] + localSteps - 1) / localSteps; r++, round++) {
        cancel.throwIfCancelled();
        int at = round;
        double[] avg = averageRound(state, shared -> new PretrainTask(context, shared, paramCount, stageId, at,
            localSteps));
        state = StateTask.toFloat(avg, avg.length - 1);
        pretrainLoss = avg[avg.length - 1];
        pretrainSteps += localSteps;
        listener.progress(TrainingEvent.of(Phase.PRETRAIN, pretrainSteps, total, pretrainLoss, pretrainSteps
            * (double) rows.partitions() * Math.min(config.get(Settings.BATCH_SIZE), rows.rows()) / seconds(t0)));
      }
    }
    double seconds = seconds(t0);
    listener.phaseEnded(Phase.PRETRAIN, seconds, String.format(Locale.ROOT, "data-parallel, %s: %d rounds of %d"
        + " steps on each of %d partitions (%d steps each), reconstruction MSE %.5f, %.0f samples/s, %.3f s and %.2f"
        + " MB moved per round", budgets.length == 1 ? "end to end" : layers + " layer pairs greedily + fine-tuning",
        round, localSteps, rows.partitions(), pretrainSteps, pretrainLoss, pretrainSteps * (double) rows.partitions()
        * Math.min(config.get(Settings.BATCH_SIZE), rows.rows()) / seconds, seconds / Math.max(1, round),
        (rows.bytesMoved() - bytes0) / 1e6 / Math.max(1, round)));
    return java.util.Arrays.copyOf(state, paramCount);
  }

  /** What the clustering phase left: the state (parameters, centroids, ...) and the last check's vector. */
  private record Outcome(float[] state, double[] check, int iterations, double loss, double changed,
      StopReason reason) {
  }

  private Outcome refine(Shared<FitContext> context, float[] start, int paramCount, int dim, DecConfig config) {
    int budget = config.get(Settings.MAX_ITER);
    int interval = config.get(Settings.UPDATE_INTERVAL);
    listener.phaseStarted(Phase.REFINE, budget);
    CollapseWatch watch = new CollapseWatch(config.get(Settings.COLLAPSE_FRACTION), k);
    float[] state = start;
    float[] checked = null;
    double[] check = null;
    double loss = Double.NaN;
    double changed = Double.NaN;
    StopReason reason = budget == 0 ? StopReason.NO_REFINEMENT : StopReason.MAX_ITERATIONS;
    long t0 = System.nanoTime();
    int ite = 0;
    int nextCheck = 0;
    for (int round = 0;; round++) {
      if (ite >= nextCheck) {
        check = check(context, state, checked, paramCount, dim);
        nextCheck = ite + interval;
        double entropy = check[2 * k] / check[2 * k + 2];
        CollapseWatch.Verdict verdict = watch.check(ite, sizes(check), entropy);
        verdict.messages().forEach(this::warn);
        if (verdict.any() && config.get(Settings.COLLAPSE_POLICY) == CollapsePolicy.STOP) {
          reason = StopReason.COLLAPSED;
          break;
        }
        if (!verdict.collapsing().isEmpty() && config.get(Settings.COLLAPSE_POLICY) == CollapsePolicy.RESEED
            && ite > 0) {
          state = reseed(context, state, verdict.collapsing(), paramCount, dim);
          check = check(context, state, checked, paramCount, dim);
        }
        changed = checked == null ? Double.NaN : check[2 * k + 1] / check[2 * k + 2];
        checked = state;
        listener.progress(new TrainingEvent(Phase.REFINE, ite, budget, loss, changed, sizes(check), entropy,
            ite * (double) rows.partitions() * Math.min(config.get(Settings.BATCH_SIZE), rows.rows()) / Math.max(1e-9,
            seconds(t0))));
        if (ite >= Refinement.FIRST_STOP_CHECKS * interval && changed < config.get(Settings.TOL)) {
          reason = StopReason.CONVERGED;
          break;
        }
      }
      if (ite >= budget) {
        break;
      }
      cancel.throwIfCancelled();
      double[] f = java.util.Arrays.copyOf(check, k);
      // a round ends at the budget and at the next check, so that checks fall where one machine's do
      int steps = Math.min(localSteps, Math.min(budget, nextCheck) - ite);
      int at = REFINE_ROUNDS + round;
      double[] avg = averageRound(state, shared -> new RefineTask(context, shared, f, paramCount, dim, at, steps));
      loss = avg[avg.length - 1];
      state = StateTask.toFloat(avg, avg.length - 1);
      ite += steps;
    }
    double[] last = checked == state ? check : check(context, state, null, paramCount, dim);
    listener.phaseEnded(Phase.REFINE, seconds(t0), String.format(Locale.ROOT, "data-parallel, %d steps on each"
        + " partition in rounds of %d, %d partitions: %s", ite, localSteps, rows.partitions(), reason));
    return new Outcome(state, last, ite, loss, changed, reason);
  }

  /**
   * Moves each collapsing cluster's centroid to the mean of the latent vectors of a group of the worst-fitted rows
   * of all partitions (lowest largest soft assignment), a different group for each, as one machine does.
   */
  private float[] reseed(Shared<FitContext> context, float[] state, List<Integer> collapsing, int paramCount,
      int dim) {
    int group = (int) Math.max(1, rows.rows() / (k * 10L));
    Shared<float[]> shared = rows.share(state);
    double[] worst;
    try {
      worst = rows.aggregate(new ReseedTask(context, shared, paramCount, dim, group * collapsing.size()));
    } finally {
      shared.release();
    }
    return ReseedTask.moved(state, worst, collapsing, group, paramCount, dim, this::warn);
  }

  /** Shares the state, runs the round's task on every partition, and returns the average (its weight dropped). */
  private double[] averageRound(float[] state, java.util.function.Function<Shared<float[]>, StateTask> task) {
    Shared<float[]> shared = rows.share(state);
    try {
      return StateTask.average(rows.aggregate(task.apply(shared)));
    } finally {
      shared.release();
    }
  }

  private double[] check(Shared<FitContext> context, float[] state, float[] previous, int paramCount, int dim) {
    Shared<float[]> now = rows.share(state);
    Shared<float[]> before = previous == null ? null : rows.share(previous);
    try {
      return rows.aggregate(new CheckTask(context, now, before, paramCount, dim));
    } finally {
      now.release();
      if (before != null) {
        before.release();
      }
    }
  }

  private int[] sizes(double[] check) {
    return java.util.stream.IntStream.range(0, k).map(j -> (int) Math.round(check[k + j])).toArray();
  }

  private DecModel model(int n, int d, DecConfig config, String plan, FeatureScaler scaler, Outcome out,
      int paramCount, int dim, double pretrainSeconds, double initSeconds, double refineSeconds) {
    DenseNetwork frozen = StateTask.encoder(d, config, out.state());
    double[] mu = StateTask.centroids(out.state(), paramCount, k * dim);
    TrainingSummary summary = new TrainingSummary(n, pretrainSteps, pretrainLoss, Double.NaN, out.iterations(),
        out.loss(), out.changed(), out.reason(), sizes(out.check()), pretrainSeconds, initSeconds, refineSeconds,
        List.copyOf(warnings), config.get(Settings.PRETRAINING).resolve(n), plan, "the budget of " + pretrainSteps
        + " steps on each partition (data-parallel)", null);
    DecConfig recorded = config.toBuilder().set(Settings.ENGINE, engine.name()).build();
    return new DecModel(engine.name(), k, recorded, scaler, frozen, mu, ClusterHead.studentT(), rows.columnNames(),
        summary, Provenance.of(engine.name(), n, d));
  }

  private void warn(String message) {
    warnings.add(message);
    listener.warning(message);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
