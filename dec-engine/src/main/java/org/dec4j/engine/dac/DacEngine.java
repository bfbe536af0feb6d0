package org.dec4j.engine.dac;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.core.EmbeddedClusteringEngine;
import org.dec4j.engine.core.Refinement;
import org.dec4j.engine.core.SoftmaxRefinement;
import org.dec4j.engine.core.Start;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.LayerActivation;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.nn.GradientStepper;
import org.dec4j.engine.nn.StackedNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The "dac" engine, Deep Adaptive Clustering: clustering as binary classification of pairs of rows (same cluster or
 * not) on their label features. A network maps x_i to K logits a_i, p_i = softmax(a_i), l_i = p_i / ||p_i||,
 * s_ij = l_i . l_j, and each mini-batch minimises over its confident pairs S
 * \[ L = \frac{1}{|S|} \sum_{(i,j) \in S} -\big( r_{ij} \log s_{ij} + (1 - r_{ij}) \log (1 - s_{ij}) \big),
 *    \quad r_{ij} = [s_{ij} \ge u(\lambda)], \ S = \{ s_{ij} \ge u(\lambda) \text{ or } s_{ij} &lt; l(\lambda) \}
 * \]
 * with u(lambda) = u(0) - lambda and l(lambda) = l(0) + 0.1 lambda (settings {@code dac-upper} 0.95 and
 * {@code dac-lower} 0.455, as in the paper), lambda growing until u &lt;= l ({@link Run}, {@link DacMath}). A row's
 * cluster is the largest entry of p_i.
 *
 * <p>Deviations from the paper, which trains a convolutional network from random weights on images:</p>
 * <ul>
 * <li>The network is the family's pretrained encoder followed by a linear K-way layer, stacked as one network. The
 * linear layer starts at W_j = 2 mu_j / T, b_j = -||mu_j||^2 / T from the k-means centroids mu_j of the latent
 * vectors, so softmax(a_i) = softmax(-||z_i - mu_j||^2 / T): DAC starts from the AE+k-means clusters. T is the mean
 * squared distance of a row to its nearest centroid times {@code dac-temperature} (1; on the digits, seed 0, small
 * budget, 0.5 and 1 gave ACC 0.839 and 0.836 with Adam 1e-4, while 2 made the softmax so flat that most pairs counted
 * as similar and all rows fell into one cluster). Where the clusters are so far apart that this softmax is one-hot,
 * every similarity is clipped, no pair carries a gradient and the k-means clusters are kept.</li>
 * <li>lambda grows at every check of the refinement loop (every {@code update-interval} batches) by the paper's
 * 1.1 x 0.009 per epoch times the epochs between two checks, update-interval b / n; the paper adds 1.1 x 0.009 after
 * each pass over the data.</li>
 * <li>Training also ends on the loop's tolerance stop or after {@code max-iter} batches; once u(lambda) &lt;=
 * l(lambda) the remaining batches up to the next check take no step, and that check ends the loop as
 * converged.</li>
 * <li>The optimiser is Adam at {@code dac-lr} (3e-5), not the refinement SGD: on the digits (seed 0, small budget)
 * Adam 1e-3 collapsed to one cluster, 1e-4 gave ACC 0.836, 3e-5 0.843, 1e-5 0.841 (with a finer schedule), and SGD
 * 0.01 with momentum 0.9 gave 0.827.</li>
 * <li>Pairs are the unordered pairs i &lt; j of a mini-batch, and the loss is divided by their number |S|.</li>
 * </ul>
 * The model is the stacked network with a softmax head; its centroids are the mean logits of each cluster's rows.
 *
 * <p>Reference: J. Chang, L. Wang, G. Meng, S. Xiang, C. Pan: Deep Adaptive Image Clustering. ICCV 2017,
 * pp. 5880-5888.</p>
 */
public final class DacEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "dac";
  /** The growth of lambda per pass over the data in the paper (1.1 x 0.009 per epoch). */
  public static final double LAMBDA_PER_EPOCH = 1.1 * 0.009;
  /** Rows (evenly spaced) on which the progress loss is evaluated at every check. */
  static final int LOSS_ROWS = 512;

  /** @param initializer initial centroids (k-means on the pretrained latent vectors) */
  @Inject
  public DacEngine(ClusterInitializer initializer) {
    super(NAME, initializer);
  }

  /** With k-means++ initialisation, for use without an injector. */
  public DacEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Deep Adaptive Clustering: pretrained encoder + softmax layer started at the AE+k-means clusters,"
        + " trained as pairwise binary classification of confident pairs (adaptive thresholds). "
        + Citations.dacOneLine();
  }

  @Override
  protected Refinement refinement(Start s) {
    DenseNetwork encoder = s.ae().encoder();
    int dim = encoder.outputSize();
    double t = s.config().get(Settings.DAC_TEMPERATURE)
        * DacMath.meanNearestSquaredDistance(s.z(), s.n(), dim, s.init().centroids(), s.k());
    DenseNetwork network = stack(encoder, DacMath.distanceLayer(s.init().centroids(), s.k(), dim, t), s.k());
    double[] logits = Embeddings.embed(network, s.x(), s.n());
    return new Run(s, network, Assignments.clusterMeans(logits, s.n(), s.k(), s.init().labels(), s.k()));
  }

  /**
   * The growth of lambda per check: the paper's rate per epoch times the epochs between two checks,
   * update-interval b / n.
   *
   * @param config configuration
   * @param n rows
   * @return the increment of lambda at each check
   */
  static double lambdaStep(DecConfig config, int n) {
    return LAMBDA_PER_EPOCH * config.get(Settings.UPDATE_INTERVAL) * Math.min(config.get(Settings.BATCH_SIZE), n)
        / n;
  }

  /**
   * The encoder and a linear layer as one network d-...-L-K (the L layer keeps its identity activation), with
   * parameters of its own (the autoencoder's are not changed).
   *
   * @param encoder the pretrained encoder
   * @param head dim x k weights, row-major, then k biases ({@link DacMath#distanceLayer})
   * @param k clusters
   * @return the stacked network, with a gradient vector
   */
  static DenseNetwork stack(DenseNetwork encoder, double[] head, int k) {
    int dim = encoder.outputSize();
    float[] w = new float[dim * k + k];
    for (int j = 0; j < k; j++) {
      for (int t = 0; t < dim; t++) {
        w[j * dim + t] = (float) head[t * k + j];
      }
      w[dim * k + j] = (float) head[dim * k + j];
    }
    INDArray params = Nd4j.create(DataType.FLOAT, 1, w.length);
    params.assign(Nd4j.createFromArray(w).reshape(1, w.length));
    DenseNetwork layer = new DenseNetwork(new int[] { dim, k }, new LayerActivation[] { LayerActivation.IDENTITY },
        params, null);
    return StackedNetwork.of(encoder, layer, true);
  }

  /**
   * DAC's training, driven by the shared loop: each step selects the batch's confident pairs with the thresholds
   * and takes one Adam step on the pair loss through the whole network. Every check assigns the rows by the softmax
   * of the network's K outputs, sets the centroids to each cluster's mean logits, and advances lambda by
   * {@link #lambdaStep}; once the thresholds have met the steps stop, so the next check finds no label changed and
   * the loop ends as converged (or earlier, on the tolerance stop; with tol 0 it runs on without steps to max-iter).
   * There are no centroids to move ({@link SoftmaxRefinement}): the collapse watch only warns, or stops under policy
   * STOP.
   */
  static final class Run extends SoftmaxRefinement {
    private final GradientStepper stepper;
    private final double[] aBatch;
    private final double[] daBatch;
    private final DacMath.Work work;
    private final double lambdaStep;
    private final double upper;
    private final double lower;
    private double lambda;
    private int checks;
    private boolean ended;

    Run(Start s, DenseNetwork network, double[] initialCentroids) {
      super(s, network, initialCentroids, s.rng());
      this.stepper = GradientStepper.adam(network.params(), config.get(Settings.DAC_LR));
      this.aBatch = new double[b * k];
      this.daBatch = new double[b * k];
      this.work = new DacMath.Work(b, k);
      this.lambdaStep = lambdaStep(config, n);
      this.upper = config.get(Settings.DAC_UPPER);
      this.lower = config.get(Settings.DAC_LOWER);
    }

    /**
     * Centroids := mean logits of each cluster; lambda advances (not at the first check); the progress loss is the
     * pair loss of {@value #LOSS_ROWS} evenly spaced rows at the thresholds of the coming steps.
     */
    @Override
    protected double update(double[] z, double[] q) {
      System.arraycopy(Assignments.clusterMeans(z, n, dim, labels(), k), 0, mu, 0, mu.length);
      if (checks++ > 0) {
        lambda += lambdaStep;
      }
      ended = DacMath.thresholdsMet(upper, lower, lambda);
      int m = Math.min(n, LOSS_ROWS);
      double[] zs = new double[m * k];
      for (int i = 0; i < m; i++) {
        System.arraycopy(z, (int) ((long) i * n / m) * k, zs, i * k, k);
      }
      return DacMath.pairLoss(zs, m, k, DacMath.upperThreshold(upper, lambda), DacMath.lowerThreshold(lower, lambda),
          new double[m * k]).loss();
    }

    /** One optimiser step on the selected pairs of the next batch; nothing once the thresholds have met. */
    @Override
    protected void step() {
      if (ended) {
        return;
      }
      INDArray xb = batches.next();
      double[] a = Batches.toRowMajor(encoder.forward(xb), aBatch);
      double[] da = daBatch;
      DacMath.PairLoss pl = DacMath.pairLoss(a, b, k, DacMath.upperThreshold(upper, lambda),
          DacMath.lowerThreshold(lower, lambda), da, work);
      if (pl.selected() == 0) {
        return;
      }
      INDArray dOut = encoder.outputGradientBuffer(b);
      Batches.fillFromRowMajor(dOut, da, b, k);
      encoder.backward(dOut, false);
      stepper.step(encoder.gradients());
    }
  }
}
