package org.dec4j.api.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.util.Arrays;
import java.util.Objects;

/**
 * The immutable, validated configuration of a deep clustering run: the network, the pretraining, the
 * k-means initialisation and the clustering refinement. Build one with {@link #builder()}; {@link Builder#build()}
 * checks every value and names the parameter in its message. A configuration prints all its fields
 * ({@link #toString()}) and round-trips through JSON ({@link #toJson()}, {@link #fromJson(String)}).
 *
 * <p>The defaults follow Xie et al. (2016), except where measured otherwise (see the README): a
 * d-500-500-2000-10 ReLU autoencoder, Student's t with alpha 1, SGD 0.01 with momentum 0.9 for refinement,
 * the target recomputed every 140 batches, stopping below 0.1% changed labels.</p>
 */
public final class DecConfig {
  /** Default number of clusters. */
  public static final int DEFAULT_K = 10;
  /** Default encoder layer sizes; the last one is the latent size. */
  public static final int[] DEFAULT_ENCODER_LAYERS = { 500, 500, 2000, 10 };
  /** Default hidden activation. */
  public static final Activation DEFAULT_ACTIVATION = Activation.RELU;
  /** Default scaling. */
  public static final Scaling DEFAULT_SCALING = Scaling.AUTO;
  /** Default weight initialisation. */
  public static final WeightInit DEFAULT_WEIGHT_INIT = WeightInit.GLOROT_UNIFORM;
  /** Default pretraining recipe. */
  public static final Pretraining DEFAULT_PRETRAINING = Pretraining.AUTO;
  /** Default number of greedy steps per layer pair in layer-wise pretraining. */
  public static final int DEFAULT_PRETRAIN_LAYER_STEPS = 2000;
  /** Default number of pretraining optimizer steps (mini-batches), whatever the data size. */
  public static final int DEFAULT_PRETRAIN_STEPS = 2000;
  /** Default pretraining optimizer. */
  public static final Optimizer DEFAULT_PRETRAIN_OPTIMIZER = Optimizer.ADAM;
  /** Default pretraining learning rate. */
  public static final double DEFAULT_PRETRAIN_LEARNING_RATE = 1e-3;
  /** Default momentum when the pretraining optimizer is SGD. */
  public static final double DEFAULT_PRETRAIN_MOMENTUM = 0.9;
  /** Default dropout rate of denoising pretraining (the DEC paper's 0.2). */
  public static final double DEFAULT_PRETRAIN_CORRUPTION = 0.2;
  /** Default mini-batch size. */
  public static final int DEFAULT_BATCH_SIZE = 256;
  /** Default refinement learning rate (SGD). */
  public static final double DEFAULT_LEARNING_RATE = 0.01;
  /** Default refinement momentum. */
  public static final double DEFAULT_MOMENTUM = 0.9;
  /** Default degrees of freedom of the Student's t kernel. */
  public static final double DEFAULT_ALPHA = 1.0;
  /** Default number of refinement batches between target-distribution updates. */
  public static final int DEFAULT_UPDATE_INTERVAL = 140;
  /** Default stopping tolerance on the share of changed hard labels. */
  public static final double DEFAULT_TOLERANCE = 0.001;
  /** Default maximum number of refinement batches. */
  public static final int DEFAULT_MAX_ITERATIONS = 20000;
  /** Default number of k-means++ restarts on the latent vectors. */
  public static final int DEFAULT_KMEANS_RESTARTS = 20;
  /** Default reaction to collapsing clusters. */
  public static final CollapsePolicy DEFAULT_COLLAPSE_POLICY = CollapsePolicy.WARN;
  /** Default collapse threshold: a cluster below this fraction of an equal share (n/K) counts as collapsing. */
  public static final double DEFAULT_COLLAPSE_FRACTION = 0.1;
  /** Default random seed. */
  public static final long DEFAULT_SEED = 0L;
  /**
   * Default weight gamma of the clustering loss in IDEC (L = L_r + gamma L_c), the value of Guo et al. (2017) for
   * every data set.
   */
  public static final double DEFAULT_GAMMA = 0.1;
  /**
   * Default weight lambda of DCN's k-means term (L = L_r + lambda/2 ||f(x) - M s||^2). Both terms here are batch
   * means, the reconstruction error per entry of scaled data (so the value does not depend on the number of
   * columns), the k-means term per row. Measured on the digits (seed 0, small pretraining budget): lambda 1 and
   * 0.1 give the same accuracy within 0.005 (ACC 0.834 and 0.838, k-means on the raw data 0.79), and lambda 1
   * converges in a third of the batches.
   */
  public static final double DEFAULT_LAMBDA = 1.0;

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

  private final int k;
  private final int[] encoderLayers;
  private final Activation activation;
  private final Scaling scaling;
  private final WeightInit weightInit;
  private final Pretraining pretraining;
  private final int pretrainLayerSteps;
  private final int pretrainSteps;
  private final Optimizer pretrainOptimizer;
  private final double pretrainLearningRate;
  private final double pretrainMomentum;
  private final double pretrainCorruption;
  private final int batchSize;
  private final double learningRate;
  private final double momentum;
  private final double alpha;
  private final int updateInterval;
  private final double tolerance;
  private final int maxIterations;
  private final int kmeansRestarts;
  private final CollapsePolicy collapsePolicy;
  private final double collapseFraction;
  private final double gamma;
  private final double lambda;
  private final long seed;
  private final boolean deterministic;

  private DecConfig(Builder b) {
    this.k = b.k;
    this.encoderLayers = b.encoderLayers.clone();
    this.activation = b.activation;
    this.scaling = b.scaling;
    this.weightInit = b.weightInit;
    this.pretraining = b.pretraining;
    this.pretrainLayerSteps = b.pretrainLayerSteps;
    this.pretrainSteps = b.pretrainSteps;
    this.pretrainOptimizer = b.pretrainOptimizer;
    this.pretrainLearningRate = b.pretrainLearningRate;
    this.pretrainMomentum = b.pretrainMomentum;
    this.pretrainCorruption = b.pretrainCorruption;
    this.batchSize = b.batchSize;
    this.learningRate = b.learningRate;
    this.momentum = b.momentum;
    this.alpha = b.alpha;
    this.updateInterval = b.updateInterval;
    this.tolerance = b.tolerance;
    this.maxIterations = b.maxIterations;
    this.kmeansRestarts = b.kmeansRestarts;
    this.collapsePolicy = b.collapsePolicy;
    this.collapseFraction = b.collapseFraction;
    this.gamma = b.gamma;
    this.lambda = b.lambda;
    this.seed = b.seed;
    this.deterministic = b.deterministic;
  }

  /** @return a builder with every default set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the default configuration */
  public static DecConfig defaults() {
    return builder().build();
  }

  /** @return a builder holding this configuration's values */
  public Builder toBuilder() {
    return GSON.fromJson(GSON.toJson(this), Builder.class);
  }

  /** @return number of clusters K */
  public int k() {
    return k;
  }

  /** @return encoder layer sizes, input excluded; the last one is the latent size (a copy) */
  public int[] encoderLayers() {
    return encoderLayers.clone();
  }

  /** @return size of the latent space (the last encoder layer) */
  public int latentSize() {
    return encoderLayers[encoderLayers.length - 1];
  }

  /** @return activation of the hidden layers */
  public Activation activation() {
    return activation;
  }

  /** @return feature scaling */
  public Scaling scaling() {
    return scaling;
  }

  /** @return weight initialisation */
  public WeightInit weightInit() {
    return weightInit;
  }

  /** @return the pretraining recipe */
  public Pretraining pretraining() {
    return pretraining;
  }

  /** @return greedy steps per layer pair (layer-wise pretraining only) */
  public int pretrainLayerSteps() {
    return pretrainLayerSteps;
  }

  /** @return end-to-end pretraining steps (mini-batches); the fine-tuning steps in layer-wise pretraining */
  public int pretrainSteps() {
    return pretrainSteps;
  }

  /** @return pretraining optimizer */
  public Optimizer pretrainOptimizer() {
    return pretrainOptimizer;
  }

  /** @return pretraining learning rate */
  public double pretrainLearningRate() {
    return pretrainLearningRate;
  }

  /** @return momentum of SGD pretraining (unused by Adam) */
  public double pretrainMomentum() {
    return pretrainMomentum;
  }

  /**
   * @return dropout rate of denoising pretraining: on each layer pair's input and code in layer-wise pretraining,
   *     on the input in end-to-end pretraining (0 = plain autoencoder)
   */
  public double pretrainCorruption() {
    return pretrainCorruption;
  }

  /** @return mini-batch size of pretraining and refinement */
  public int batchSize() {
    return batchSize;
  }

  /** @return learning rate of the clustering refinement */
  public double learningRate() {
    return learningRate;
  }

  /** @return momentum of the clustering refinement */
  public double momentum() {
    return momentum;
  }

  /** @return degrees of freedom alpha of the Student's t kernel */
  public double alpha() {
    return alpha;
  }

  /** @return refinement batches between recomputations of the target distribution P */
  public int updateInterval() {
    return updateInterval;
  }

  /** @return refinement stops when the share of changed hard labels falls below this */
  public double tolerance() {
    return tolerance;
  }

  /** @return maximum number of refinement batches */
  public int maxIterations() {
    return maxIterations;
  }

  /** @return number of k-means++ restarts used to initialise the centroids */
  public int kmeansRestarts() {
    return kmeansRestarts;
  }

  /** @return what refinement does when clusters collapse */
  public CollapsePolicy collapsePolicy() {
    return collapsePolicy;
  }

  /**
   * @return a cluster holding fewer than this fraction of an equal share (n/K rows) counts as collapsing
   */
  public double collapseFraction() {
    return collapseFraction;
  }

  /**
   * @return IDEC's weight gamma of the clustering loss KL(P||Q) beside the reconstruction loss (other engines
   *     ignore it)
   */
  public double gamma() {
    return gamma;
  }

  /**
   * @return DCN's weight lambda of the k-means term lambda/2 ||f(x) - M s||^2 beside the reconstruction loss (other
   *     engines ignore it)
   */
  public double lambda() {
    return lambda;
  }

  /** @return seed from which every random choice of a run is derived */
  public long seed() {
    return seed;
  }

  /** @return whether numeric work runs on one thread so that results repeat bit for bit on any machine */
  public boolean deterministic() {
    return deterministic;
  }

  /** @return this configuration as JSON */
  public String toJson() {
    return GSON.toJson(this);
  }

  /**
   * Reads a configuration from JSON. Fields that are missing take their defaults; the result is validated.
   *
   * @param json JSON as written by {@link #toJson()}
   * @return the configuration
   * @throws IllegalArgumentException if the text is not JSON or a value is invalid
   */
  public static DecConfig fromJson(String json) {
    final Builder b;
    try {
      b = GSON.fromJson(json, Builder.class);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("not a valid dec4j configuration: " + e.getMessage(), e);
    }
    if (b == null) {
      throw new IllegalArgumentException("not a valid dec4j configuration: empty text");
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "DecConfig{k=" + k + ", encoderLayers=" + Arrays.toString(encoderLayers) + ", activation=" + activation
        + ", scaling=" + scaling + ", weightInit=" + weightInit + ", pretraining=" + pretraining + ", pretrainLayerSteps=" + pretrainLayerSteps
        + ", pretrainSteps=" + pretrainSteps + ", pretrainOptimizer=" + pretrainOptimizer
        + ", pretrainLearningRate=" + pretrainLearningRate + ", pretrainMomentum=" + pretrainMomentum
        + ", pretrainCorruption=" + pretrainCorruption + ", batchSize=" + batchSize + ", learningRate="
        + learningRate + ", momentum=" + momentum + ", alpha=" + alpha + ", updateInterval=" + updateInterval
        + ", tolerance=" + tolerance + ", maxIterations=" + maxIterations + ", kmeansRestarts=" + kmeansRestarts
        + ", collapsePolicy=" + collapsePolicy + ", collapseFraction=" + collapseFraction + ", gamma=" + gamma
        + ", lambda=" + lambda + ", seed=" + seed
        + ", deterministic=" + deterministic + "}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecConfig && ((DecConfig) o).toJson().equals(toJson());
  }

  @Override
  public int hashCode() {
    return Objects.hash(toJson());
  }

  /** Mutable builder of {@link DecConfig}; every field starts at its default. */
  public static final class Builder {
    private int k = DEFAULT_K;
    private int[] encoderLayers = DEFAULT_ENCODER_LAYERS.clone();
    private Activation activation = DEFAULT_ACTIVATION;
    private Scaling scaling = DEFAULT_SCALING;
    private WeightInit weightInit = DEFAULT_WEIGHT_INIT;
    private Pretraining pretraining = DEFAULT_PRETRAINING;
    private int pretrainLayerSteps = DEFAULT_PRETRAIN_LAYER_STEPS;
    private int pretrainSteps = DEFAULT_PRETRAIN_STEPS;
    private Optimizer pretrainOptimizer = DEFAULT_PRETRAIN_OPTIMIZER;
    private double pretrainLearningRate = DEFAULT_PRETRAIN_LEARNING_RATE;
    private double pretrainMomentum = DEFAULT_PRETRAIN_MOMENTUM;
    private double pretrainCorruption = DEFAULT_PRETRAIN_CORRUPTION;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private double learningRate = DEFAULT_LEARNING_RATE;
    private double momentum = DEFAULT_MOMENTUM;
    private double alpha = DEFAULT_ALPHA;
    private int updateInterval = DEFAULT_UPDATE_INTERVAL;
    private double tolerance = DEFAULT_TOLERANCE;
    private int maxIterations = DEFAULT_MAX_ITERATIONS;
    private int kmeansRestarts = DEFAULT_KMEANS_RESTARTS;
    private CollapsePolicy collapsePolicy = DEFAULT_COLLAPSE_POLICY;
    private double collapseFraction = DEFAULT_COLLAPSE_FRACTION;
    private double gamma = DEFAULT_GAMMA;
    private double lambda = DEFAULT_LAMBDA;
    private long seed = DEFAULT_SEED;
    private boolean deterministic = false;

    private Builder() {
    }

    /** @param v number of clusters, at least 2 @return this */
    public Builder k(int v) {
      this.k = v;
      return this;
    }

    /** @param v encoder layer sizes; the last is the latent size @return this */
    public Builder encoderLayers(int... v) {
      this.encoderLayers = v == null ? null : v.clone();
      return this;
    }

    /**
     * Replaces the latent size (the last encoder layer) and keeps the hidden layers.
     *
     * @param v latent size
     * @return this
     */
    public Builder latentSize(int v) {
      int[] l = encoderLayers.clone();
      l[l.length - 1] = v;
      this.encoderLayers = l;
      return this;
    }

    /** @param v hidden activation @return this */
    public Builder activation(Activation v) {
      this.activation = v;
      return this;
    }

    /** @param v feature scaling @return this */
    public Builder scaling(Scaling v) {
      this.scaling = v;
      return this;
    }

    /** @param v weight initialisation @return this */
    public Builder weightInit(WeightInit v) {
      this.weightInit = v;
      return this;
    }

    /** @param v pretraining recipe @return this */
    public Builder pretraining(Pretraining v) {
      this.pretraining = v;
      return this;
    }

    /** @param v greedy steps per layer pair in layer-wise pretraining @return this */
    public Builder pretrainLayerSteps(int v) {
      this.pretrainLayerSteps = v;
      return this;
    }

    /** @param v end-to-end (or fine-tuning) steps, 0 to skip @return this */
    public Builder pretrainSteps(int v) {
      this.pretrainSteps = v;
      return this;
    }

    /** @param v pretraining optimizer @return this */
    public Builder pretrainOptimizer(Optimizer v) {
      this.pretrainOptimizer = v;
      return this;
    }

    /** @param v pretraining learning rate @return this */
    public Builder pretrainLearningRate(double v) {
      this.pretrainLearningRate = v;
      return this;
    }

    /** @param v momentum of SGD pretraining @return this */
    public Builder pretrainMomentum(double v) {
      this.pretrainMomentum = v;
      return this;
    }

    /** @param v share of inputs zeroed per pretraining batch, in [0, 1) @return this */
    public Builder pretrainCorruption(double v) {
      this.pretrainCorruption = v;
      return this;
    }

    /** @param v mini-batch size @return this */
    public Builder batchSize(int v) {
      this.batchSize = v;
      return this;
    }

    /** @param v refinement learning rate @return this */
    public Builder learningRate(double v) {
      this.learningRate = v;
      return this;
    }

    /** @param v refinement momentum in [0, 1) @return this */
    public Builder momentum(double v) {
      this.momentum = v;
      return this;
    }

    /** @param v Student's t degrees of freedom, &gt; 0 @return this */
    public Builder alpha(double v) {
      this.alpha = v;
      return this;
    }

    /** @param v batches between target updates @return this */
    public Builder updateInterval(int v) {
      this.updateInterval = v;
      return this;
    }

    /** @param v tolerance on the share of changed labels, in [0, 1) @return this */
    public Builder tolerance(double v) {
      this.tolerance = v;
      return this;
    }

    /** @param v maximum refinement batches, 0 to keep the k-means initialisation @return this */
    public Builder maxIterations(int v) {
      this.maxIterations = v;
      return this;
    }

    /** @param v k-means++ restarts @return this */
    public Builder kmeansRestarts(int v) {
      this.kmeansRestarts = v;
      return this;
    }

    /** @param v reaction to collapsing clusters @return this */
    public Builder collapsePolicy(CollapsePolicy v) {
      this.collapsePolicy = v;
      return this;
    }

    /** @param v collapse threshold as a fraction of an equal share, in [0, 1] @return this */
    public Builder collapseFraction(double v) {
      this.collapseFraction = v;
      return this;
    }

    /** @param v IDEC's weight of the clustering loss, &gt; 0 @return this */
    public Builder gamma(double v) {
      this.gamma = v;
      return this;
    }

    /** @param v DCN's weight of the k-means term, &gt; 0 @return this */
    public Builder lambda(double v) {
      this.lambda = v;
      return this;
    }

    /** @param v random seed @return this */
    public Builder seed(long v) {
      this.seed = v;
      return this;
    }

    /** @param v single-threaded numeric work for bit-for-bit repeatable results @return this */
    public Builder deterministic(boolean v) {
      this.deterministic = v;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the first invalid parameter
     */
    public DecConfig build() {
      check(k >= 2, "k", "must be at least 2", k);
      check(encoderLayers != null && encoderLayers.length >= 1, "encoderLayers",
          "must list at least the latent size", encoderLayers == null ? "null" : Arrays.toString(encoderLayers));
      for (int s : encoderLayers) {
        check(s >= 1, "encoderLayers", "sizes must be at least 1", Arrays.toString(encoderLayers));
      }
      check(activation != null, "activation", "must be set", null);
      check(scaling != null, "scaling", "must be set", null);
      check(weightInit != null, "weightInit", "must be set", null);
      check(pretraining != null, "pretraining", "must be set", null);
      check(pretrainLayerSteps >= 0, "pretrainLayerSteps", "must be at least 0", pretrainLayerSteps);
      check(pretrainSteps >= 0, "pretrainSteps", "must be at least 0", pretrainSteps);
      check(pretrainOptimizer != null, "pretrainOptimizer", "must be set", null);
      check(positiveFinite(pretrainLearningRate), "pretrainLearningRate", "must be a positive number",
          pretrainLearningRate);
      check(pretrainMomentum >= 0 && pretrainMomentum < 1, "pretrainMomentum", "must be in [0, 1)", pretrainMomentum);
      check(pretrainCorruption >= 0 && pretrainCorruption < 1, "pretrainCorruption", "must be in [0, 1)",
          pretrainCorruption);
      check(batchSize >= 1, "batchSize", "must be at least 1", batchSize);
      check(positiveFinite(learningRate), "learningRate", "must be a positive number", learningRate);
      check(momentum >= 0 && momentum < 1, "momentum", "must be in [0, 1)", momentum);
      check(positiveFinite(alpha), "alpha", "must be a positive number", alpha);
      check(updateInterval >= 1, "updateInterval", "must be at least 1", updateInterval);
      check(tolerance >= 0 && tolerance < 1, "tolerance", "must be in [0, 1)", tolerance);
      check(maxIterations >= 0, "maxIterations", "must be at least 0", maxIterations);
      check(kmeansRestarts >= 1, "kmeansRestarts", "must be at least 1", kmeansRestarts);
      check(collapsePolicy != null, "collapsePolicy", "must be set", null);
      check(collapseFraction >= 0 && collapseFraction <= 1, "collapseFraction", "must be in [0, 1]", collapseFraction);
      check(positiveFinite(gamma), "gamma", "must be a positive number", gamma);
      check(positiveFinite(lambda), "lambda", "must be a positive number", lambda);
      return new DecConfig(this);
    }

    private static boolean positiveFinite(double v) {
      return v > 0 && Double.isFinite(v);
    }

    private static void check(boolean ok, String name, String rule, Object value) {
      if (!ok) {
        throw new IllegalArgumentException(name + " " + rule + (value == null ? "" : " (got " + value + ")"));
      }
    }
  }
}
