package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.math.DacMath;
import org.dec4j.engine.math.MixtureMath;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.SplittableRandom;

/**
 * DAC's training on mini-batches, driven by {@link ClusterRefinement}'s loop: each step selects the batch's
 * confident pairs with the thresholds u(lambda) and l(lambda) and takes one optimiser step on the pair loss
 * \[ L = \frac{1}{|S|} \sum_{(i,j) \in S} -\big( r_{ij} \log s_{ij} + (1 - r_{ij}) \log (1 - s_{ij}) \big) \]
 * through the whole network ({@link DacMath#pairLoss}; Adam, {@link DacTrainer#ADAM_LEARNING_RATE}). Every check
 * assigns the rows by the softmax of the network's K outputs, sets the centroids to each cluster's mean logits,
 * and advances lambda by {@link #lambdaStep}; once u(lambda) &lt;= l(lambda) the steps stop, so the next check
 * finds no label changed and the loop ends as converged (or earlier, on the tolerance stop; with tolerance 0 it
 * runs on without steps to maxIterations). There are no centroids to move: the collapse watch only warns, or
 * stops under policy STOP.
 *
 * <p>One instance is the mutable state of one run.</p>
 */
public final class DacRefinement extends ClusterRefinement {
  /** The growth of lambda per pass over the data in the paper (1.1 x 0.009 per epoch). */
  public static final double LAMBDA_PER_EPOCH = 1.1 * 0.009;
  /** Rows (evenly spaced) on which the progress loss is evaluated at every check. */
  static final int LOSS_ROWS = 512;

  private final GradientStepper stepper;
  private final double lambdaStep;
  private double lambda;
  private int checks;
  private boolean ended;

  /**
   * @param network encoder followed by the K-way linear layer (its parameters change)
   * @param initialCentroids k x k mean logits of the initial clusters, row-major
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @param config configuration
   * @param rng generator of batch orders
   * @param listener progress
   * @param cancel checked every batch
   */
  public DacRefinement(DenseNetwork network, double[] initialCentroids, float[] x, int n, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    super(network, initialCentroids, x, n, config, rng, listener, cancel);
    if (dim != k) {
      throw new IllegalArgumentException("DAC's network must end in k = " + k + " logits, not " + dim);
    }
    this.stepper = DacTrainer.stepper(network);
    this.lambdaStep = lambdaStep(config, n);
  }

  /**
   * The growth of lambda per check: the paper's rate per epoch times the epochs between two checks,
   * updateInterval b / n.
   *
   * @param config configuration
   * @param n rows
   * @return the increment of lambda at each check
   */
  static double lambdaStep(DecConfig config, int n) {
    return LAMBDA_PER_EPOCH * config.updateInterval() * Math.min(config.batchSize(), n) / n;
  }

  /** @return the schedule's current lambda */
  double lambda() {
    return lambda;
  }

  @Override
  protected double[] assign(double[] z) {
    return MixtureMath.softmax(z, z.length / k, k);
  }

  @Override
  protected boolean hasCentroids() {
    return false;
  }

  @Override
  protected void centroidsMoved(List<Integer> clusters, int rowsEach) {
    // never called: hasCentroids() is false
  }

  /**
   * Centroids := mean logits of each cluster; lambda advances (not at the first check); the progress loss is the
   * pair loss of {@value #LOSS_ROWS} evenly spaced rows at the thresholds of the coming steps.
   */
  @Override
  protected double update(double[] z, double[] q) {
    System.arraycopy(DacMath.clusterMeans(z, n, dim, labels(), k), 0, mu, 0, mu.length);
    if (checks++ > 0) {
      lambda += lambdaStep;
    }
    ended = DacMath.thresholdsMet(lambda);
    int m = Math.min(n, LOSS_ROWS);
    double[] zs = new double[m * k];
    for (int i = 0; i < m; i++) {
      System.arraycopy(z, (int) ((long) i * n / m) * k, zs, i * k, k);
    }
    return DacMath.pairLoss(zs, m, k, DacMath.upperThreshold(lambda), DacMath.lowerThreshold(lambda),
        new double[m * k]).loss();
  }

  /** One optimiser step on the selected pairs of the next batch; nothing once the thresholds have met. */
  @Override
  protected void step() {
    if (ended) {
      return;
    }
    INDArray xb = batches.next();
    double[] a = Batches.toRowMajor(encoder.forward(xb));
    double[] da = new double[b * k];
    DacMath.PairLoss pl = DacMath.pairLoss(a, b, k, DacMath.upperThreshold(lambda), DacMath.lowerThreshold(lambda),
        da);
    if (pl.selected() == 0) {
      return;
    }
    INDArray dOut = encoder.outputGradientBuffer(b);
    Batches.fillFromRowMajor(dOut, da, b, k);
    encoder.backward(dOut, false);
    stepper.step(encoder.gradients());
  }
}
