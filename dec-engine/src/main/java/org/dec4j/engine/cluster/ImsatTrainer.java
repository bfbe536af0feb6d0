package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.math.DecMath;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.WeightInit;
import org.dec4j.engine.runtime.Provenance;
import org.dec4j.engine.scaling.FeatureScaler;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * IMSAT: a classifier network d-1200-1200-K with softmax output p(y|x), trained from random weights (no
 * autoencoder, no k-means) to minimise on mini-batches
 * \[ L = R_{SAT} + \lambda \left( H(Y|X) - \mu H(Y) \right) \]
 * where R_SAT = (1/b) sum_i KL(p(y|x_i) || p(y|x_i + r_i)) makes the prediction invariant to a perturbation r_i of
 * length epsilon_i = {@value #EPS_RATIO} times the distance of x_i to its {@value #NEIGHBOUR}th nearest neighbour
 * (virtual adversarial by default, random as the alternative), and maximising the mutual information
 * H(Y) - H(Y|X) between rows and clusters asks for confident and balanced predictions. The rows are scaled as in
 * the rest of the family; the model is the network with a softmax head, its centroids the mean logits of each
 * cluster's rows (k x K). Formulas in {@link org.dec4j.engine.math.ImsatMath}, the run in {@link ImsatRefinement}.
 *
 * <p>Settings as in the paper and its code (Adam, learning rate {@value #LEARNING_RATE}, lambda {@value #LAMBDA},
 * mu {@value #MU}, {@value #EPOCHS} epochs, epsilon from the 10th neighbour) except: no batch normalisation (the
 * family's networks have none; the paper normalises both hidden layers; in a prototype on the digits it did not
 * help), Glorot-uniform weights (or the configured initialisation), the configured hidden activation (ReLU by
 * default, as in the paper) and batch size ({@code batchSize}, 256 by default against the paper's 250), a budget of
 * at least {@value #MIN_STEPS} steps (50 epochs of a small data set are too few steps; {@link ImsatRefinement}),
 * and the power iteration's xi_i = {@value #XI_RATIO} times the neighbour distance instead of the code's fixed
 * xi = 10 (on MNIST scaled to [-1, 1], where that code runs, the distance to the 10th neighbour is about 10, so the
 * two agree there, and this one does not depend on the scale). The paper's code takes the 11th smallest distance
 * to other rows; this takes the 10th, as the paper says. These constants are not in {@link DecConfig}: its
 * learning rate, momentum and lambda belong to the SGD refinement and DCN, and a new field would touch every
 * front-end.</p>
 *
 * <p>Reference: W. Hu, T. Miyato, S. Tokui, E. Matsumoto, M. Sugiyama: Learning Discrete Representations via
 * Information Maximizing Self-Augmented Training. ICML 2017, PMLR 70:1558-1567.</p>
 */
public final class ImsatTrainer implements ClusteringTrainer {
  /** The hidden layers of the paper. */
  static final int[] HIDDEN = { 1200, 1200 };
  /** Weight of the information term (the paper's lambda). */
  public static final double LAMBDA = 0.1;
  /** Weight of the marginal entropy H(Y) (the paper's mu). */
  public static final double MU = 4.0;
  /** Adam's step size (the paper's code). */
  public static final double LEARNING_RATE = 0.002;
  /** Epochs of training, the budget unless {@code maxIterations} is smaller (the paper's 50). */
  public static final int EPOCHS = 50;
  /** The least budget in steps, for small data sets where 50 epochs are few steps. */
  public static final int MIN_STEPS = 1000;
  /** Rank of the neighbour whose distance sets the perturbation radius. */
  public static final int NEIGHBOUR = 10;
  /** epsilon_i = EPS_RATIO * distance of x_i to its NEIGHBOUR-th neighbour (the paper's 0.25). */
  public static final double EPS_RATIO = 0.25;
  /** Length of the probe in the power iteration, relative to the neighbour distance. */
  public static final double XI_RATIO = 1.0;

  /** How R_SAT perturbs the rows. */
  public enum Perturbation {
    /** Virtual adversarial training: the direction one power iteration finds most sensitive (R_VAT). */
    VIRTUAL_ADVERSARIAL,
    /** A uniformly random direction (R_RPT). */
    RANDOM
  }

  /**
   * What the trainer fixes beyond the configuration.
   *
   * @param perturbation R_VAT or R_RPT
   * @param hidden hidden layer widths
   * @param lambda weight of the information term
   * @param mu weight of H(Y)
   * @param learningRate Adam's step size
   */
  public record Settings(Perturbation perturbation, int[] hidden, double lambda, double mu, double learningRate) {
    /** Copies the widths. */
    public Settings {
      hidden = hidden.clone();
    }

    @Override
    public int[] hidden() {
      return hidden.clone();
    }

    /**
     * @param perturbation R_VAT or R_RPT
     * @return the paper's settings
     */
    public static Settings paper(Perturbation perturbation) {
      return new Settings(perturbation, HIDDEN, LAMBDA, MU, LEARNING_RATE);
    }
  }

  private final Settings settings;

  /** @param perturbation R_VAT or R_RPT; the other settings as in the paper */
  public ImsatTrainer(Perturbation perturbation) {
    this(Settings.paper(perturbation));
  }

  /** @param settings the settings */
  public ImsatTrainer(Settings settings) {
    this.settings = settings;
  }

  /** @return the settings */
  public Settings settings() {
    return settings;
  }

  @Override
  public FitResult fit(String engineName, FloatMatrix data, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    EmbeddedClusteringTrainer.checkData(data, config);
    int n = data.rows();
    int d = data.cols();
    SplittableRandom rng = new SplittableRandom(config.seed());
    long t0 = System.nanoTime();
    listener.phaseStarted(Phase.PREPARE, 1);
    FeatureScaler scaler = FeatureScaler.fit(data, config.scaling());
    float[] x = scaler.transform(data);
    int kth = Math.min(NEIGHBOUR, n - 1);
    double[] radius = kth < 1 ? new double[n] : NeighbourDistances.compute(x, n, d, kth, cancel);
    double prepareSeconds = seconds(t0);
    listener.phaseEnded(Phase.PREPARE, prepareSeconds, String.format(Locale.ROOT, "%d rows x %d columns, scaling %s;"
        + " perturbation radius %.2f x distance to the %dth neighbour (median distance %.4g)", n, d, scaler.method(),
        EPS_RATIO, kth, median(radius)));
    DenseNetwork net = network(d, config, rng.split());
    RefinementOutcome out = new ImsatRefinement(net, x, n, radius, settings, config, rng.split(), listener, cancel)
        .run();
    TrainingSummary summary = new TrainingSummary(n, 0, Double.NaN, Double.NaN, out.iterations(), out.finalLoss(),
        out.lastChangedShare(), out.stopReason(), DecMath.clusterSizes(out.labels(), config.k()), 0, prepareSeconds,
        out.seconds(), out.warnings(), null);
    DenseNetwork frozen = new DenseNetwork(net.sizes(), net.activations(), net.params().dup(), null);
    DecModel model = new DecModel(engineName, config, scaler, frozen, out.centroids(), out.head(),
        data.columnNames(), summary, Provenance.of(engineName, n, d));
    return new FitResult(model, out.labels(), FloatMatrix.adopt(n, config.k(), DecModel.toFloat(out.q())),
        FloatMatrix.adopt(n, config.k(), DecModel.toFloat(out.z())));
  }

  /**
   * @param d input columns
   * @param config K, hidden activation and weight initialisation
   * @param rng generator of the initial weights
   * @return the classifier d-hidden-K, linear output (the logits)
   */
  DenseNetwork network(int d, DecConfig config, SplittableRandom rng) {
    int[] hidden = settings.hidden();
    int[] sizes = new int[hidden.length + 2];
    sizes[0] = d;
    System.arraycopy(hidden, 0, sizes, 1, hidden.length);
    sizes[sizes.length - 1] = config.k();
    long count = DenseNetwork.parameterCount(sizes);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, count);
    INDArray grads = Nd4j.create(DataType.FLOAT, 1, count);
    switch (config.weightInit()) {
      case GLOROT_UNIFORM -> WeightInit.glorotUniform(sizes, params, rng);
      case FAN_IN_UNIFORM -> WeightInit.fanInUniform(sizes, params, rng);
      default -> throw new IllegalStateException(config.weightInit().toString());
    }
    return new DenseNetwork(sizes, AutoencoderFactory.activations(sizes.length - 1,
        AutoencoderFactory.of(config.activation())), params, grads);
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s[s.length / 2];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
