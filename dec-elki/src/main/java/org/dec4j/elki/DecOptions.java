package org.dec4j.elki;

import elki.utilities.optionhandling.OptionID;

/**
 * The ELKI option ids of {@link DEC}, one per engine setting, under the {@code dec.} prefix. Descriptions name
 * the defaults of {@link org.dec4j.api.config.DecConfig}.
 */
public final class DecOptions {
  private DecOptions() {
  }

  /** Number of clusters. */
  public static final OptionID K = new OptionID("dec.k", "Number of clusters K (at least 2); several, comma-separated,"
      + " to choose among them; not given: choose among 2..dec.kmax (latent silhouette, stability across seeds,"
      + " cluster sizes).");
  /** Largest K tried when dec.k is not given. */
  public static final OptionID KMAX = new OptionID("dec.kmax", "Largest K tried when dec.k is not given.");
  /** Seeds per K when choosing K. */
  public static final OptionID SELECTION_SEEDS = new OptionID("dec.selection.seeds",
      "Seeds per K when choosing K (2 or more measure each K's stability).");
  /** Engine name. */
  public static final OptionID ENGINE = new OptionID("dec.engine", "Clustering engine, by name.");
  /** Encoder layer sizes. */
  public static final OptionID LAYERS = new OptionID("dec.layers",
      "Encoder layer sizes, comma-separated; the last is the latent size.");
  /** Hidden activation. */
  public static final OptionID ACTIVATION = new OptionID("dec.activation", "Activation of the hidden layers.");
  /** Feature scaling. */
  public static final OptionID SCALING = new OptionID("dec.scaling", "Feature scaling, fitted on the data (AUTO: "
      + "divide by the global maximum for pixel-like data, standardise otherwise).");
  /** Weight initialisation. */
  public static final OptionID WEIGHT_INIT = new OptionID("dec.weightinit", "Weight initialisation of the autoencoder.");
  /** Pretraining recipe. */
  public static final OptionID PRETRAINING = new OptionID("dec.pretraining",
      "LAYERWISE: greedy denoising layer pairs then fine-tuning (the paper); END_TO_END: the whole autoencoder.");
  /** Greedy steps per layer pair. */
  public static final OptionID LAYER_STEPS = new OptionID("dec.pretrain.layersteps",
      "Greedy steps (mini-batches) per layer pair.");
  /** End-to-end pretraining steps. */
  public static final OptionID PRETRAIN_STEPS = new OptionID("dec.pretrain.steps",
      "End-to-end pretraining (fine-tuning) steps.");
  /** Pretraining optimizer. */
  public static final OptionID OPTIMIZER = new OptionID("dec.pretrain.optimizer", "Pretraining optimizer.");
  /** Pretraining learning rate. */
  public static final OptionID PRETRAIN_LR = new OptionID("dec.pretrain.lr", "Pretraining learning rate.");
  /** Pretraining SGD momentum. */
  public static final OptionID PRETRAIN_MOMENTUM = new OptionID("dec.pretrain.momentum",
      "Momentum of SGD pretraining.");
  /** Denoising dropout. */
  public static final OptionID CORRUPTION = new OptionID("dec.pretrain.corruption",
      "Dropout rate of denoising pretraining (0 for none).");
  /** Mini-batch size. */
  public static final OptionID BATCH = new OptionID("dec.batchsize", "Mini-batch size.");
  /** Refinement learning rate. */
  public static final OptionID LR = new OptionID("dec.lr", "Learning rate of the clustering refinement (SGD).");
  /** Refinement momentum. */
  public static final OptionID MOMENTUM = new OptionID("dec.momentum", "Momentum of the clustering refinement.");
  /** Student's t degrees of freedom. */
  public static final OptionID ALPHA = new OptionID("dec.alpha", "Degrees of freedom of the Student's t kernel.");
  /** Batches between target updates. */
  public static final OptionID UPDATE_INTERVAL = new OptionID("dec.updateinterval",
      "Refinement batches between target-distribution updates.");
  /** Stopping tolerance. */
  public static final OptionID TOL = new OptionID("dec.tol",
      "Stop when fewer than this share of labels change between target updates.");
  /** Most refinement batches. */
  public static final OptionID MAXITER = new OptionID("dec.maxiter",
      "Most refinement batches (0: keep k-means on the pretrained embedding).");
  /** k-means++ restarts. */
  public static final OptionID RESTARTS = new OptionID("dec.restarts", "k-means++ restarts for the initial centroids.");
  /** Reaction to collapsing clusters. */
  public static final OptionID COLLAPSE_POLICY = new OptionID("dec.collapse.policy",
      "What refinement does when a cluster empties or the assignment entropy drops sharply.");
  /** Collapse threshold. */
  public static final OptionID COLLAPSE_FRACTION = new OptionID("dec.collapse.fraction",
      "A cluster under this fraction of an equal share (n/K rows) counts as collapsing.");
  /** Random seed. */
  public static final OptionID SEED = new OptionID("dec.seed", "Random seed; the same seed and data give the same "
      + "clusters.");
  /** Single-threaded numeric work. */
  public static final OptionID DETERMINISTIC = new OptionID("dec.deterministic",
      "Single-threaded numeric work: identical results on any machine (slower).");
  /** IDEC's weight of the clustering loss. */
  public static final OptionID GAMMA = new OptionID("dec.idec.gamma",
      "IDEC (engine idec): weight gamma of the clustering loss beside the reconstruction loss.");
  /** DCN's weight of the k-means loss. */
  public static final OptionID LAMBDA = new OptionID("dec.dcn.lambda",
      "DCN (engine dcn): weight lambda of the k-means loss in the latent space beside the reconstruction loss.");
}
