package org.dec4j.engine.cluster;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.math.DecMath;
import org.dec4j.engine.math.ImsatMath;
import org.dec4j.engine.math.MixtureMath;
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
 * One IMSAT training run: Adam steps on mini-batches of
 * \[ L = R_{SAT} + \lambda \left( H(Y|X) - \mu H(Y) \right) \]
 * ({@link ImsatMath}), with the checks of the family's refinement loop: every {@code updateInterval} batches all
 * rows are classified (hard label = largest softmax output), progress is reported, the collapse watch runs and the
 * run stops when fewer than {@code tolerance} of the labels changed since the last check.
 *
 * <p>Two rules differ from {@link ClusterRefinement}, because the network starts from random weights rather than
 * a pretrained encoder with k-means centroids: (1) the step budget is {@code maxIterations} or, if fewer,
 * {@value ImsatTrainer#EPOCHS} epochs (the paper's) but at least {@value ImsatTrainer#MIN_STEPS} steps (small data
 * sets need more than 50 epochs: on the digits, 1,797 rows in 7 batches an epoch, the clusters were still forming
 * after 350 steps and settled between 700 and 1,000 in a prototype of this engine), and (2) neither the tolerance
 * stop nor the collapse watch acts in the first half of the budget: the labels of a barely trained network change
 * little between two checks at times, and its clusters are often unequal (H(Y) balances them later), which says
 * nothing yet about the clustering. The collapse watch has no centroids to move, so policy RESEED only warns.</p>
 *
 * <p>The progress loss is the mean mini-batch objective L over the steps since the previous check (at the first
 * check, before any step, the information term of all rows).</p>
 */
final class ImsatRefinement {
  private final DenseNetwork net;
  private final ImsatTrainer.Settings settings;
  private final double[] radius;
  private final int n;
  private final int d;
  private final int k;
  private final int b;
  private final float[] x;
  private final DecConfig config;
  private final Batches batches;
  private final SplittableRandom rng;
  private final GradientStepper stepper;
  private final INDArray sum;
  private final INDArray perturbed;
  private final TrainingListener listener;
  private final CancellationToken cancel;
  private final CollapseWatch watch;
  private final List<String> warnings = new ArrayList<>();

  /**
   * @param net the classifier d-...-K (its parameters change)
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @param radius distance of each row to its neighbour of rank {@link ImsatTrainer#NEIGHBOUR}
   * @param settings perturbation, weights and step size
   * @param config configuration (K, batch size, checks, tolerance, collapse watch)
   * @param rng generator of batch orders and random directions
   * @param listener progress
   * @param cancel checked every batch
   */
  ImsatRefinement(DenseNetwork net, float[] x, int n, double[] radius, ImsatTrainer.Settings settings,
      DecConfig config, SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    this.net = net;
    this.x = x;
    this.n = n;
    this.d = net.inputSize();
    this.k = config.k();
    this.b = Math.min(config.batchSize(), n);
    this.radius = radius;
    this.settings = settings;
    this.config = config;
    this.batches = new Batches(x, n, d, b, rng.split());
    this.rng = rng.split();
    this.stepper = GradientStepper.adam(net.params(), settings.learningRate());
    this.sum = Nd4j.create(DataType.FLOAT, 1, net.params().length());
    this.perturbed = Nd4j.create(DataType.FLOAT, new long[] { b, d }, 'f');
    this.listener = listener;
    this.cancel = cancel;
    this.watch = new CollapseWatch(config);
  }

  /** @return the step budget: min(maxIterations, max(EPOCHS epochs, MIN_STEPS)) */
  int budget() {
    long epochs = (long) ImsatTrainer.EPOCHS * batchesPerEpoch();
    return (int) Math.min(config.maxIterations(), Math.max(epochs, ImsatTrainer.MIN_STEPS));
  }

  /** @return steps before the tolerance stop and the collapse watch act: half the budget */
  int warmup() {
    return budget() / 2;
  }

  private int batchesPerEpoch() {
    return Math.max(1, n / b);
  }

  /** @return labels, outputs, assignments and the run's record */
  RefinementOutcome run() {
    int budget = budget();
    int warmup = warmup();
    listener.phaseStarted(Phase.REFINE, budget);
    ProgressClock clock = new ProgressClock(0);
    StopReason reason = budget == 0 ? StopReason.NO_REFINEMENT : StopReason.MAX_ITERATIONS;
    double loss = Double.NaN;
    double changed = Double.NaN;
    double lossSum = 0;
    int lossSteps = 0;
    int[] labels = null;
    int ite = 0;
    for (;; ite++) {
      if (ite % config.updateInterval() == 0) {
        double[] z = Embeddings.embed(net, x, n);
        double[] q = MixtureMath.softmax(z, n, k);
        int[] next = DecMath.hardAssignments(q, n, k);
        if (ite >= warmup && ite > 0) {
          CollapseWatch.Verdict verdict = watch.check(ite, DecMath.clusterSizes(next, k),
              DecMath.normalizedMeanEntropy(q, n, k));
          verdict.messages().forEach(this::warn);
          if (verdict.any() && config.collapsePolicy() == CollapsePolicy.STOP) {
            reason = StopReason.COLLAPSED;
            break;
          }
        }
        changed = labels == null ? Double.NaN : DecMath.changedShare(labels, next);
        labels = next;
        loss = lossSteps > 0 ? lossSum / lossSteps
            : ImsatMath.informationTerm(z, n, k, settings.lambda(), settings.mu(), null);
        lossSum = 0;
        lossSteps = 0;
        listener.progress(new TrainingEvent(Phase.REFINE, ite, budget, loss, changed, DecMath.clusterSizes(next, k),
            DecMath.normalizedMeanEntropy(q, n, k), clock.rateAndReset()));
        if (ite >= warmup && ite > 0 && changed < config.tolerance()) {
          reason = StopReason.CONVERGED;
          break;
        }
      }
      if (ite >= budget) {
        break;
      }
      cancel.throwIfCancelled();
      lossSum += step();
      lossSteps++;
      clock.tick(b);
    }
    double[] z = Embeddings.embed(net, x, n);
    double[] q = MixtureMath.softmax(z, n, k);
    int[] finalLabels = DecMath.hardAssignments(q, n, k);
    double seconds = clock.elapsedSeconds();
    listener.phaseEnded(Phase.REFINE, seconds, describe(reason, ite, changed, warmup));
    return new RefinementOutcome(finalLabels, q, z, ImsatMath.clusterMeans(z, n, k, finalLabels, k), ite, loss,
        changed, reason, seconds, List.copyOf(warnings), net, ClusterHead.softmax());
  }

  /**
   * One Adam step on the next batch: the information term's gradient, then the self-augmentation term's at the
   * perturbed rows, summed.
   *
   * @return the batch objective L
   */
  private double step() {
    INDArray xb = batches.next();
    float[] xv = batches.values();
    int[] rows = batches.index();
    double[] logits = Batches.toRowMajor(net.forward(xb));
    double[] dInformation = new double[b * k];
    double information = ImsatMath.informationTerm(logits, b, k, settings.lambda(), settings.mu(), dInformation);
    pushBack(dInformation, false);
    sum.assign(net.gradients());
    double[] perturbedLogits = forwardPerturbed(xv, perturbations(settings.perturbation(), xv, logits, rows));
    double[] dSelfAugmentation = new double[b * k];
    double selfAugmentation = ImsatMath.klTerm(logits, perturbedLogits, b, k, dSelfAugmentation);
    pushBack(dSelfAugmentation, false);
    sum.addi(net.gradients());
    stepper.step(sum);
    return selfAugmentation + information;
  }

  /**
   * The perturbations r_i of a batch, of length epsilon_i = {@link ImsatTrainer#EPS_RATIO} times the row's
   * neighbour distance: along a random direction, or along the virtual adversarial one found from it.
   */
  private double[] perturbations(ImsatTrainer.Perturbation kind, float[] xv, double[] logits, int[] rows) {
    double[] eps = new double[b];
    for (int i = 0; i < b; i++) {
      eps[i] = ImsatTrainer.EPS_RATIO * radius[rows[i]];
    }
    double[] direction = randomDirections();
    return switch (kind) {
      case RANDOM -> ImsatMath.perturbations(direction, direction, b, d, eps);
      case VIRTUAL_ADVERSARIAL -> ImsatMath.perturbations(adversarialDirection(xv, logits, rows, direction),
          direction, b, d, eps);
    };
  }

  /**
   * R_SAT of the next batch under a perturbation, without a step (for tests).
   *
   * @param kind the perturbation
   * @return (1/b) sum_i KL(p(y|x_i) || p(y|x_i + r_i))
   */
  double selfAugmentationOfNextBatch(ImsatTrainer.Perturbation kind) {
    INDArray xb = batches.next();
    float[] xv = batches.values();
    double[] logits = Batches.toRowMajor(net.forward(xb));
    double[] perturbedLogits = forwardPerturbed(xv, perturbations(kind, xv, logits, batches.index()));
    return ImsatMath.klTerm(logits, perturbedLogits, b, k, null);
  }

  /**
   * One power iteration: the gradient with respect to r of KL(p(y|x) || p(y|x + r)) at r = xi d, with
   * xi_i = {@link ImsatTrainer#XI_RATIO} times the row's neighbour distance.
   */
  private double[] adversarialDirection(float[] xv, double[] logits, int[] rows, double[] direction) {
    double[] xi = new double[b];
    for (int i = 0; i < b; i++) {
      xi[i] = ImsatTrainer.XI_RATIO * radius[rows[i]];
    }
    double[] probeLogits = forwardPerturbed(xv, ImsatMath.perturbations(direction, direction, b, d, xi));
    double[] dProbe = new double[b * k];
    ImsatMath.klTerm(logits, probeLogits, b, k, dProbe);
    return Batches.toRowMajor(pushBack(dProbe, true));
  }

  /**
   * Backward pass of the last forward pass with dL/dlogits; fills the network's gradient buffer (overwriting it).
   *
   * @return dL/dinput, column-major b x d, if asked for, else null
   */
  private INDArray pushBack(double[] dLogits, boolean wantInput) {
    INDArray out = net.outputGradientBuffer(b);
    Batches.fillFromRowMajor(out, dLogits, b, k);
    return net.backward(out, wantInput);
  }

  /** Training forward pass of x + r (x column-major as the batch, r row-major); returns the logits. */
  private double[] forwardPerturbed(float[] xv, double[] r) {
    float[] v = new float[b * d];
    for (int i = 0; i < b; i++) {
      for (int t = 0; t < d; t++) {
        v[t * b + i] = (float) (xv[t * b + i] + r[i * d + t]);
      }
    }
    Batches.fill(perturbed, v);
    return Batches.toRowMajor(net.forward(perturbed));
  }

  /** @return b x d standard normal directions, row-major (scaled to length by {@link ImsatMath#perturbations}) */
  private double[] randomDirections() {
    double[] dir = new double[b * d];
    for (int i = 0; i < dir.length; i++) {
      dir[i] = rng.nextGaussian();
    }
    return dir;
  }

  private void warn(String message) {
    warnings.add(message);
    listener.warning(message);
  }

  private String describe(StopReason reason, int ite, double changed, int warmup) {
    return switch (reason) {
      case CONVERGED -> String.format(Locale.ROOT, "converged after %d batches: %.3f%% labels changed < tol %.3f%%"
          + " (checked from batch %d)", ite, 100 * changed, 100 * config.tolerance(), warmup);
      case MAX_ITERATIONS -> String.format(Locale.ROOT, "stopped at the budget of %d batches (maxIterations, or"
          + " %d epochs but at least %d steps; %.3f%% labels changed at the last check, tol %.3f%%)", ite,
          ImsatTrainer.EPOCHS, ImsatTrainer.MIN_STEPS,
          100 * changed, 100 * config.tolerance());
      case NO_REFINEMENT -> "no training asked for (maxIterations 0): the random network kept";
      case COLLAPSED -> String.format(Locale.ROOT, "stopped after %d batches because clusters collapsed (policy STOP)",
          ite);
    };
  }
}
