package weka.clusterers;

import org.dec4j.api.Citations;
import org.dec4j.api.config.Activation;
import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Optimizer;
import org.dec4j.api.config.Pretraining;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.config.WeightInit;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelReport;
import org.dec4j.weka.SerializedModel;
import org.dec4j.weka.WekaInput;
import org.dec4j.weka.WekaProgress;
import org.dec4j.weka.WekaTraining;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformationHandler;

import java.util.Arrays;

/**
 * Deep Embedded Clustering as a Weka clusterer. This class only translates: its bean properties become a
 * {@link DecConfig}, Weka instances become a matrix ({@link WekaInput}), and the engine named by {@code -engine}
 * (found through the dec4j SPI) does the work. The trained model travels inside this object when Weka serialises
 * it.
 *
 * <!-- globalinfo-start --> Deep Embedded Clustering (DEC) learns a low-dimensional embedding with a deep
 * autoencoder and clusters in it. <!-- globalinfo-end -->
 */
public class DEC extends RandomizableClusterer implements NumberOfClustersRequestable, TechnicalInformationHandler {
  private static final long serialVersionUID = 4153468915027343296L;

  private int numClusters = 2;
  private int maxClusters = 10;
  private int selectionSeeds = 2;
  private double gamma = DecConfig.DEFAULT_GAMMA;
  private double lambda = DecConfig.DEFAULT_LAMBDA;
  private String summary = "";
  private String engine = Engines.DEC;
  private String encoderLayers = "500,500,2000,10";
  private Activation activation = DecConfig.DEFAULT_ACTIVATION;
  private Scaling scaling = DecConfig.DEFAULT_SCALING;
  private WeightInit weightInit = DecConfig.DEFAULT_WEIGHT_INIT;
  private Pretraining pretraining = DecConfig.DEFAULT_PRETRAINING;
  private int pretrainLayerSteps = DecConfig.DEFAULT_PRETRAIN_LAYER_STEPS;
  private int pretrainSteps = DecConfig.DEFAULT_PRETRAIN_STEPS;
  private Optimizer pretrainOptimizer = DecConfig.DEFAULT_PRETRAIN_OPTIMIZER;
  private double pretrainLearningRate = DecConfig.DEFAULT_PRETRAIN_LEARNING_RATE;
  private double pretrainCorruption = DecConfig.DEFAULT_PRETRAIN_CORRUPTION;
  private int batchSize = DecConfig.DEFAULT_BATCH_SIZE;
  private double learningRate = DecConfig.DEFAULT_LEARNING_RATE;
  private double momentum = DecConfig.DEFAULT_MOMENTUM;
  private double alpha = DecConfig.DEFAULT_ALPHA;
  private int updateInterval = DecConfig.DEFAULT_UPDATE_INTERVAL;
  private double tolerance = DecConfig.DEFAULT_TOLERANCE;
  private int maxIterations = DecConfig.DEFAULT_MAX_ITERATIONS;
  private int kmeansRestarts = DecConfig.DEFAULT_KMEANS_RESTARTS;
  private CollapsePolicy collapsePolicy = DecConfig.DEFAULT_COLLAPSE_POLICY;
  private double collapseFraction = DecConfig.DEFAULT_COLLAPSE_FRACTION;
  private boolean deterministic;

  private WekaInput input;
  private SerializedModel model;

  /** A DEC clusterer with the defaults of the paper and two clusters (set -N). */
  public DEC() {
    m_SeedDefault = 1;
    setSeed(m_SeedDefault);
  }

  /**
   * @return a description for the Explorer
   */
  public String globalInfo() {
    return "Deep Embedded Clustering (DEC): pretrains a stacked autoencoder (default d-500-500-2000-10, greedy "
        + "layer-wise denoising, then end-to-end), runs k-means on its latent vectors, then refines encoder and "
        + "centroids together by minimising KL(P||Q) between Student's t soft assignments Q and a sharpened target "
        + "P. It suits raw high-dimensional data (pixels, embeddings) where k-means on the raw features struggles. "
        + "Missing values are replaced by means/modes and nominal attributes turned into 0/1 columns with Weka's "
        + "filters; scaling is part of the model. Set OMP_WAIT_POLICY=PASSIVE before starting Weka for full speed.\n\n"
        + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation t = new TechnicalInformation(Type.INPROCEEDINGS);
    t.setValue(Field.AUTHOR, Citations.DEC_AUTHORS.replace(", ", " and "));
    t.setValue(Field.TITLE, Citations.DEC_TITLE);
    t.setValue(Field.BOOKTITLE, Citations.DEC_BOOKTITLE);
    t.setValue(Field.YEAR, Integer.toString(Citations.DEC_YEAR));
    t.setValue(Field.PAGES, Citations.DEC_PAGES);
    t.setValue(Field.URL, Citations.DEC_URL);
    return t;
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities c = super.getCapabilities();
    c.disableAll();
    c.enable(Capability.NO_CLASS);
    c.enable(Capability.NUMERIC_ATTRIBUTES);
    c.enable(Capability.NOMINAL_ATTRIBUTES);
    c.enable(Capability.MISSING_VALUES);
    c.setMinimumNumberInstances(1);
    return c;
  }

  /**
   * @return the configuration the properties describe
   * @throws IllegalArgumentException naming a property with an invalid value
   */
  public DecConfig toConfig() {
    int[] layers;
    try {
      layers = Arrays.stream(encoderLayers.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("encoderLayers must be comma-separated sizes like 500,500,2000,10 (got '"
          + encoderLayers + "')");
    }
    return DecConfig.builder().k(numClusters == -1 ? 2 : numClusters).encoderLayers(layers).activation(activation).scaling(scaling)
        .weightInit(weightInit).pretraining(pretraining).pretrainLayerSteps(pretrainLayerSteps).pretrainSteps(pretrainSteps)
        .pretrainOptimizer(pretrainOptimizer).pretrainLearningRate(pretrainLearningRate)
        .pretrainCorruption(pretrainCorruption).batchSize(batchSize).learningRate(learningRate).momentum(momentum)
        .alpha(alpha).updateInterval(updateInterval).tolerance(tolerance).maxIterations(maxIterations)
        .kmeansRestarts(kmeansRestarts).collapsePolicy(collapsePolicy).collapseFraction(collapseFraction)
        .gamma(gamma).lambda(lambda)
        .seed(getSeed()).deterministic(deterministic).build();
  }

  @Override
  public void buildClusterer(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    model = null;
    input = null;
    DecConfig config = toConfig();
    if (numClusters > data.numInstances()) {
      throw new IllegalArgumentException("Not enough training instances: " + numClusters + " clusters requested for "
          + data.numInstances() + " instances");
    }
    WekaInput prepared = WekaInput.fit(data);
    WekaTraining run = WekaTraining.run(Engines.get(engine), prepared.matrix(data), config, numClusters,
        maxClusters, selectionSeeds, new WekaProgress("DEC", System.err));
    input = prepared;
    model = new SerializedModel(run.result().model());
    summary = run.selection() + (run.selection().isEmpty() ? "" : "\n") + "Clusters of the training data:\n"
        + run.profiles();
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (model == null) {
      throw new Exception("DEC: no model built yet");
    }
    float[] q = model.get().softAssignments(input.row(instance)).row(0);
    double[] d = new double[q.length];
    for (int j = 0; j < q.length; j++) {
      d[j] = q[j];
    }
    return d;
  }

  @Override
  public int numberOfClusters() throws Exception {
    if (model == null) {
      throw new Exception("DEC: no model built yet");
    }
    return model.get().k();
  }

  /** @return the trained model, or null before {@link #buildClusterer} */
  public ClusterModel getModel() {
    return model == null ? null : model.get();
  }

  @Override
  public String toString() {
    if (model == null) {
      return "DEC: no model built yet.";
    }
    return "Deep Embedded Clustering (dec4j)\n================================\n\nprepared input: "
        + input.columns().size() + " columns (missing values replaced, nominal attributes to binary)\n"
        + ModelReport.text(model.get()) + "\n" + summary;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the clusterer from the command line.
   *
   * @param args options, e.g. -t data.arff -c last -N 10
   */
  public static void main(String[] args) {
    runClusterer(new DEC(), args);
  }

  @Override
  public void setNumClusters(int n) throws Exception {
    numClusters = n;
  }

  /** @return number of clusters */
  @OptionMetadata(displayName = "numClusters", description = "Number of clusters K (at least 2), or -1 to choose K"
      + " among 2..maxClusters by silhouette in the latent space, stability across seeds and cluster sizes.",
      commandLineParamName = "N", commandLineParamSynopsis = "-N <int>", displayOrder = 1)
  public int getNumClusters() {
    return numClusters;
  }

  /** @return the largest K tried when numClusters is -1 */
  @OptionMetadata(displayName = "maxClusters", description = "Largest K tried when numClusters is -1.",
      commandLineParamName = "max", commandLineParamSynopsis = "-max <int>", displayOrder = 1)
  public int getMaxClusters() {
    return maxClusters;
  }

  /** @param v largest K tried when numClusters is -1 */
  public void setMaxClusters(int v) {
    maxClusters = v;
  }

  /** @return seeds per K when numClusters is -1 */
  @OptionMetadata(displayName = "selectionSeeds", description = "Seeds per K when numClusters is -1 (2 or more"
      + " measure the stability of each K).", commandLineParamName = "selection-seeds",
      commandLineParamSynopsis = "-selection-seeds <int>", displayOrder = 1)
  public int getSelectionSeeds() {
    return selectionSeeds;
  }

  /** @param v seeds per K when numClusters is -1 */
  public void setSelectionSeeds(int v) {
    selectionSeeds = v;
  }

  /** @return IDEC's clustering-loss weight */
  @OptionMetadata(displayName = "gamma", description = "IDEC (engine idec): weight of the clustering loss beside"
      + " the reconstruction loss.", commandLineParamName = "gamma", commandLineParamSynopsis = "-gamma <double>",
      displayOrder = 23)
  public double getGamma() {
    return gamma;
  }

  /** @param v IDEC's clustering-loss weight */
  public void setGamma(double v) {
    gamma = v;
  }

  /** @return DCN's k-means-loss weight */
  @OptionMetadata(displayName = "lambda", description = "DCN (engine dcn): weight of the k-means loss in the latent"
      + " space beside the reconstruction loss.", commandLineParamName = "lambda",
      commandLineParamSynopsis = "-lambda <double>", displayOrder = 24)
  public double getLambda() {
    return lambda;
  }

  /** @param v DCN's k-means-loss weight */
  public void setLambda(double v) {
    lambda = v;
  }

  /** @return the engine's name */
  @OptionMetadata(displayName = "engine", description = "Clustering engine, by name (dec).",
      commandLineParamName = "engine", commandLineParamSynopsis = "-engine <name>", displayOrder = 2)
  public String getEngine() {
    return engine;
  }

  /** @param v engine name */
  public void setEngine(String v) {
    engine = v;
  }

  /** @return the engine tip, naming the engines the SPI offers */
  public String engineTipText() {
    return "Clustering engine, by name: one of " + String.join(", ", Engines.names()) + " (each engine's own"
        + " settings: gamma for idec, lambda for dcn).";
  }

  /** @return encoder layer sizes */
  @OptionMetadata(displayName = "encoderLayers", description = "Encoder layer sizes, comma-separated; the last is "
      + "the latent size.", commandLineParamName = "layers", commandLineParamSynopsis = "-layers <n,n,...,latent>",
      displayOrder = 3)
  public String getEncoderLayers() {
    return encoderLayers;
  }

  /** @param v encoder layer sizes */
  public void setEncoderLayers(String v) {
    encoderLayers = v;
  }

  /** @return hidden activation */
  @OptionMetadata(displayName = "activation", description = "Activation of the hidden layers.",
      commandLineParamName = "activation", commandLineParamSynopsis = "-activation <RELU|...>", displayOrder = 4)
  public Activation getActivation() {
    return activation;
  }

  /** @param v hidden activation */
  public void setActivation(Activation v) {
    activation = v;
  }

  /** @return feature scaling */
  @OptionMetadata(displayName = "scaling", description = "Feature scaling, fitted on the training data and kept in "
      + "the model (AUTO: divide by the global maximum for pixel-like data, standardise otherwise).",
      commandLineParamName = "scaling", commandLineParamSynopsis = "-scaling <AUTO|...>", displayOrder = 5)
  public Scaling getScaling() {
    return scaling;
  }

  /** @param v feature scaling */
  public void setScaling(Scaling v) {
    scaling = v;
  }

  /** @return weight initialisation */
  @OptionMetadata(displayName = "weightInit", description = "Weight initialisation of the autoencoder.",
      commandLineParamName = "weight-init", commandLineParamSynopsis = "-weight-init <GLOROT_UNIFORM|FAN_IN_UNIFORM>",
      displayOrder = 6)
  public WeightInit getWeightInit() {
    return weightInit;
  }

  /** @param v weight initialisation */
  public void setWeightInit(WeightInit v) {
    weightInit = v;
  }

  /** @return pretraining recipe */
  @OptionMetadata(displayName = "pretraining", description = "LAYERWISE: greedy denoising layer pairs then "
      + "fine-tuning (the paper); END_TO_END: the whole autoencoder at once.", commandLineParamName = "pretraining",
      commandLineParamSynopsis = "-pretraining <LAYERWISE|END_TO_END>", displayOrder = 6)
  public Pretraining getPretraining() {
    return pretraining;
  }

  /** @param v pretraining recipe */
  public void setPretraining(Pretraining v) {
    pretraining = v;
  }

  /** @return greedy steps per layer pair */
  @OptionMetadata(displayName = "pretrainLayerSteps", description = "Greedy steps (mini-batches) per layer pair.",
      commandLineParamName = "layer-steps", commandLineParamSynopsis = "-layer-steps <int>", displayOrder = 7)
  public int getPretrainLayerSteps() {
    return pretrainLayerSteps;
  }

  /** @param v greedy steps per layer pair */
  public void setPretrainLayerSteps(int v) {
    pretrainLayerSteps = v;
  }

  /** @return end-to-end pretraining steps */
  @OptionMetadata(displayName = "pretrainSteps", description = "End-to-end pretraining (fine-tuning) steps.",
      commandLineParamName = "pretrain-steps", commandLineParamSynopsis = "-pretrain-steps <int>", displayOrder = 8)
  public int getPretrainSteps() {
    return pretrainSteps;
  }

  /** @param v end-to-end pretraining steps */
  public void setPretrainSteps(int v) {
    pretrainSteps = v;
  }

  /** @return pretraining optimizer */
  @OptionMetadata(displayName = "pretrainOptimizer", description = "Pretraining optimizer.",
      commandLineParamName = "pretrain-optimizer", commandLineParamSynopsis = "-pretrain-optimizer <ADAM|SGD>",
      displayOrder = 9)
  public Optimizer getPretrainOptimizer() {
    return pretrainOptimizer;
  }

  /** @param v pretraining optimizer */
  public void setPretrainOptimizer(Optimizer v) {
    pretrainOptimizer = v;
  }

  /** @return pretraining learning rate */
  @OptionMetadata(displayName = "pretrainLearningRate", description = "Pretraining learning rate.",
      commandLineParamName = "pretrain-lr", commandLineParamSynopsis = "-pretrain-lr <double>", displayOrder = 10)
  public double getPretrainLearningRate() {
    return pretrainLearningRate;
  }

  /** @param v pretraining learning rate */
  public void setPretrainLearningRate(double v) {
    pretrainLearningRate = v;
  }

  /** @return dropout rate of denoising pretraining */
  @OptionMetadata(displayName = "pretrainCorruption", description = "Dropout rate of denoising pretraining (0 for "
      + "none).", commandLineParamName = "corruption", commandLineParamSynopsis = "-corruption <double>",
      displayOrder = 11)
  public double getPretrainCorruption() {
    return pretrainCorruption;
  }

  /** @param v dropout rate */
  public void setPretrainCorruption(double v) {
    pretrainCorruption = v;
  }

  /** @return mini-batch size */
  @OptionMetadata(displayName = "batchSize", description = "Mini-batch size.", commandLineParamName = "batch-size",
      commandLineParamSynopsis = "-batch-size <int>", displayOrder = 12)
  public int getBatchSize() {
    return batchSize;
  }

  /** @param v mini-batch size */
  public void setBatchSize(int v) {
    batchSize = v;
  }

  /** @return refinement learning rate */
  @OptionMetadata(displayName = "learningRate", description = "Learning rate of the clustering refinement (SGD).",
      commandLineParamName = "lr", commandLineParamSynopsis = "-lr <double>", displayOrder = 13)
  public double getLearningRate() {
    return learningRate;
  }

  /** @param v refinement learning rate */
  public void setLearningRate(double v) {
    learningRate = v;
  }

  /** @return refinement momentum */
  @OptionMetadata(displayName = "momentum", description = "Momentum of the clustering refinement.",
      commandLineParamName = "momentum", commandLineParamSynopsis = "-momentum <double>", displayOrder = 14)
  public double getMomentum() {
    return momentum;
  }

  /** @param v refinement momentum */
  public void setMomentum(double v) {
    momentum = v;
  }

  /** @return Student's t degrees of freedom */
  @OptionMetadata(displayName = "alpha", description = "Degrees of freedom of the Student's t kernel.",
      commandLineParamName = "alpha", commandLineParamSynopsis = "-alpha <double>", displayOrder = 15)
  public double getAlpha() {
    return alpha;
  }

  /** @param v degrees of freedom */
  public void setAlpha(double v) {
    alpha = v;
  }

  /** @return batches between target updates */
  @OptionMetadata(displayName = "updateInterval", description = "Refinement batches between target-distribution "
      + "updates.", commandLineParamName = "update-interval", commandLineParamSynopsis = "-update-interval <int>",
      displayOrder = 16)
  public int getUpdateInterval() {
    return updateInterval;
  }

  /** @param v batches between target updates */
  public void setUpdateInterval(int v) {
    updateInterval = v;
  }

  /** @return stopping tolerance */
  @OptionMetadata(displayName = "tolerance", description = "Stop when fewer than this share of labels change "
      + "between target updates.", commandLineParamName = "tol", commandLineParamSynopsis = "-tol <double>",
      displayOrder = 17)
  public double getTolerance() {
    return tolerance;
  }

  /** @param v stopping tolerance */
  public void setTolerance(double v) {
    tolerance = v;
  }

  /** @return most refinement batches */
  @OptionMetadata(displayName = "maxIterations", description = "Most refinement batches (0: keep k-means on the "
      + "pretrained embedding).", commandLineParamName = "max-iter", commandLineParamSynopsis = "-max-iter <int>",
      displayOrder = 18)
  public int getMaxIterations() {
    return maxIterations;
  }

  /** @param v most refinement batches */
  public void setMaxIterations(int v) {
    maxIterations = v;
  }

  /** @return k-means++ restarts */
  @OptionMetadata(displayName = "kmeansRestarts", description = "k-means++ restarts for the initial centroids.",
      commandLineParamName = "restarts", commandLineParamSynopsis = "-restarts <int>", displayOrder = 19)
  public int getKmeansRestarts() {
    return kmeansRestarts;
  }

  /** @param v k-means++ restarts */
  public void setKmeansRestarts(int v) {
    kmeansRestarts = v;
  }

  /** @return reaction to collapsing clusters */
  @OptionMetadata(displayName = "collapsePolicy", description = "What refinement does when a cluster empties or the"
      + " assignment entropy drops sharply (WARN, STOP, RESEED).", commandLineParamName = "collapse-policy",
      commandLineParamSynopsis = "-collapse-policy <WARN|STOP|RESEED>", displayOrder = 20)
  public CollapsePolicy getCollapsePolicy() {
    return collapsePolicy;
  }

  /** @param v reaction to collapsing clusters */
  public void setCollapsePolicy(CollapsePolicy v) {
    collapsePolicy = v;
  }

  /** @return collapse threshold */
  @OptionMetadata(displayName = "collapseFraction", description = "A cluster under this fraction of an equal share"
      + " (n/K instances) counts as collapsing.", commandLineParamName = "collapse-fraction",
      commandLineParamSynopsis = "-collapse-fraction <double>", displayOrder = 21)
  public double getCollapseFraction() {
    return collapseFraction;
  }

  /** @param v collapse threshold */
  public void setCollapseFraction(double v) {
    collapseFraction = v;
  }

  /** @return whether numeric work is single-threaded */
  @OptionMetadata(displayName = "deterministic", description = "Single-threaded numeric work: identical results on "
      + "any machine (slower).", commandLineParamName = "deterministic", commandLineParamIsFlag = true,
      commandLineParamSynopsis = "-deterministic", displayOrder = 22)
  public boolean getDeterministic() {
    return deterministic;
  }

  /** @param v single-threaded numeric work */
  public void setDeterministic(boolean v) {
    deterministic = v;
  }
}
