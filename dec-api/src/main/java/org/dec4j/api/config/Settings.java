package org.dec4j.api.config;

import org.dec4j.api.config.Rules.Rule;
import org.dec4j.api.config.Setting.Group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Every setting of dec4j, declared once: the command line, Weka and ELKI build their options from this list, the
 * README's settings table is checked against it, and {@link DecConfig} holds one value for each. Adding a setting
 * is one declaration here and its use in the engine that reads it.
 *
 * <p>The defaults follow Xie et al. (2016) where measured so (a d-500-500-2000-10 ReLU autoencoder, Student's t with
 * alpha 1, SGD 0.01 with momentum 0.9, the target recomputed every 140 batches, stopping below 0.1% changed labels)
 * and each engine's paper for its own settings; where a value was measured otherwise, the engine's Javadoc says
 * so.</p>
 */
public final class Settings {
  private static final List<Setting<?>> ALL = new ArrayList<>();

  private static final String IMSAT = "imsat";
  private static final String[] NOT_REFINING = { "ae-kmeans", "n2d" };
  private static final String[] SGD = { "dec", "idec", "dcn" };

  private Settings() {
  }

  // ---- the run

  /** The engine, by name. */
  public static final Setting<String> ENGINE = declare("engine", Group.RUN, String.class, "dec", Rules.notBlank(),
      "Clustering engine, by name: dec, ae-kmeans, idec, dcn, vade, dac, n2d or imsat.", Readers.ALL);
  /** The seed every random choice derives from. */
  public static final Setting<Long> SEED = declare("seed", Group.RUN, Long.class, 0L, Rules.any(),
      "Random seed; the same seed and data give the same clusters.", Readers.ALL);
  /** Single-threaded numeric work. */
  public static final Setting<Boolean> DETERMINISTIC = declare("deterministic", Group.RUN, Boolean.class, false,
      Rules.any(), "Single-threaded numeric work: identical results on any machine (slower).", Readers.ALL);

  // ---- data preparation

  /** Feature scaling. */
  public static final Setting<Scaling> SCALING = declare("scaling", Group.DATA, Scaling.class, Scaling.AUTO,
      Rules.any(), "Feature scaling, fitted on the training data and kept in the model (AUTO: divide by the global"
          + " maximum for pixel-like data, otherwise standardise).", Readers.ALL);
  /** Missing values. */
  public static final Setting<MissingValues> MISSING = declare("missing", Group.DATA, MissingValues.class,
      MissingValues.IMPUTE, Rules.any(), "Missing values: IMPUTE replaces a missing number by its column's training"
          + " median and gives a nominal column's missing values a level of their own; ERROR refuses the data.",
      Readers.ALL);
  /** Heavy-tailed numeric columns. */
  public static final Setting<Tails> TAILS = declare("tails", Group.DATA, Tails.class, Tails.CLIP, Rules.any(),
      "Heavy-tailed numeric columns (values beyond q1 - 3 IQR or q3 + 3 IQR): CLIP clips them to those fences when"
          + " the data are scaled per column (not pixel-like data); KEEP leaves them.", Readers.ALL);

  // ---- the network

  /** Encoder layer sizes, the last being the latent size. */
  public static final Setting<int[]> LAYERS = declare("layers", Group.NETWORK, int[].class, null, Rules.sizes(),
      "Encoder layer sizes, comma-separated; the last is the latent size (auto: the DEC paper's 500,500,2000,10 from "
          + AutoRecipe.WIDE_COLUMNS + " columns, else two hidden layers of width near 4 x columns and latent"
          + " min(10, columns)).", except(IMSAT));
  /** Hidden activation. */
  public static final Setting<Activation> ACTIVATION = declare("activation", Group.NETWORK, Activation.class,
      Activation.RELU, Rules.any(), "Activation of the hidden layers.", Readers.ALL);
  /** Weight initialisation. */
  public static final Setting<WeightInit> WEIGHT_INIT = declare("weight-init", Group.NETWORK, WeightInit.class,
      WeightInit.GLOROT_UNIFORM, Rules.any(), "Weight initialisation of the networks.", Readers.ALL);
  /** Mini-batch size. */
  public static final Setting<Integer> BATCH_SIZE = declare("batch-size", Group.NETWORK, Integer.class, 256,
      Rules.atLeast(1), "Mini-batch size of every training phase.", Readers.ALL);

  // ---- pretraining

  /** Pretraining recipe. */
  public static final Setting<Pretraining> PRETRAINING = declare("pretraining", Group.PRETRAINING,
      Pretraining.class, Pretraining.AUTO, Rules.any(), "LAYERWISE: greedy denoising layer pairs, then end-to-end"
          + " fine-tuning (the DEC paper); END_TO_END: the whole autoencoder at once; AUTO: layer-wise up to "
          + Pretraining.AUTO_LAYERWISE_MAX_ROWS + " rows, else end to end.", except(IMSAT));
  /** Greedy steps per layer pair. */
  public static final Setting<Integer> PRETRAIN_LAYER_STEPS = declare("pretrain-layer-steps", Group.PRETRAINING,
      Integer.class, null, Rules.atLeast(0), "Greedy steps (mini-batches) per layer pair of layer-wise pretraining"
          + " (auto: up to " + AutoRecipe.LAYER_EPOCHS + " epochs, stopping when the reconstruction error"
          + " stops improving).", except(IMSAT));
  /** End-to-end steps. */
  public static final Setting<Integer> PRETRAIN_STEPS = declare("pretrain-steps", Group.PRETRAINING, Integer.class,
      null, Rules.atLeast(0), "End-to-end pretraining steps; the fine-tuning steps after layer-wise pretraining"
          + " (auto: up to " + AutoRecipe.END_TO_END_EPOCHS + " epochs end to end or " + AutoRecipe.FINE_TUNE_EPOCHS
          + " of fine-tuning, stopping when the reconstruction error stops improving).", except(IMSAT));
  /** Pretraining optimizer. */
  public static final Setting<Optimizer> PRETRAIN_OPTIMIZER = declare("pretrain-optimizer", Group.PRETRAINING,
      Optimizer.class, Optimizer.ADAM, Rules.any(), "Pretraining optimizer (SGD with Nesterov momentum).",
      except(IMSAT));
  /** Pretraining learning rate. */
  public static final Setting<Double> PRETRAIN_LR = declare("pretrain-lr", Group.PRETRAINING, Double.class, 1e-3,
      Rules.positive(), "Pretraining learning rate.", except(IMSAT));
  /** Momentum of SGD pretraining. */
  public static final Setting<Double> PRETRAIN_MOMENTUM = declare("pretrain-momentum", Group.PRETRAINING,
      Double.class, 0.9, Rules.interval(0, true, 1, false), "Momentum of SGD pretraining (unused by ADAM).",
      except(IMSAT));
  /** Dropout rate of denoising pretraining. */
  public static final Setting<Double> PRETRAIN_CORRUPTION = declare("pretrain-corruption", Group.PRETRAINING,
      Double.class, 0.2, Rules.interval(0, true, 1, false), "Dropout rate of denoising pretraining: each layer"
          + " pair's input and code (LAYERWISE), the input (END_TO_END); 0 for none.", except(IMSAT));

  // ---- the clustering phase

  /** k-means++ restarts for the initial centroids. */
  public static final Setting<Integer> KMEANS_RESTARTS = declare("kmeans-restarts", Group.CLUSTERING, Integer.class,
      20, Rules.atLeast(1), "k-means++ restarts for the initial centroids on the latent vectors (n2d: EM restarts).",
      except(IMSAT));
  /** Most clustering batches. */
  public static final Setting<Integer> MAX_ITER = declare("max-iter", Group.CLUSTERING, Integer.class, 20000,
      Rules.atLeast(0), "Most clustering batches (0: keep the start, e.g. the k-means clusters of the pretrained"
          + " embedding).", except(NOT_REFINING));
  /** Batches between checks. */
  public static final Setting<Integer> UPDATE_INTERVAL = declare("update-interval", Group.CLUSTERING,
      Integer.class, 140, Rules.atLeast(1), "Clustering batches between checks (target update, collapse watch,"
          + " stopping test).", except(NOT_REFINING));
  /** Stopping tolerance on changed labels. */
  public static final Setting<Double> TOL = declare("tol", Group.CLUSTERING, Double.class, 0.001,
      Rules.interval(0, true, 1, false), "Stop when fewer than this share of the labels changed between two"
          + " checks.", except(NOT_REFINING));
  /** Learning rate of the clustering SGD. */
  public static final Setting<Double> LR = declare("lr", Group.CLUSTERING, Double.class, 0.01, Rules.positive(),
      "Learning rate of the clustering SGD.", only(SGD));
  /** Momentum of the clustering SGD. */
  public static final Setting<Double> MOMENTUM = declare("momentum", Group.CLUSTERING, Double.class, 0.9,
      Rules.interval(0, true, 1, false), "Nesterov momentum of the clustering SGD.", only(SGD));
  /** Student's t degrees of freedom. */
  public static final Setting<Double> ALPHA = declare("alpha", Group.CLUSTERING, Double.class, 1.0, Rules.positive(),
      "Degrees of freedom of the Student's t kernel of the soft assignments.", only("dec", "ae-kmeans", "idec",
          "dcn"));
  /** Reaction to collapsing clusters. */
  public static final Setting<CollapsePolicy> COLLAPSE_POLICY = declare("collapse-policy", Group.CLUSTERING,
      CollapsePolicy.class, CollapsePolicy.WARN, Rules.any(), "When a cluster empties or the assignment entropy"
          + " drops sharply: WARN, STOP, or RESEED its centroid at the worst-fitted rows.", except(NOT_REFINING));
  /** Collapse threshold. */
  public static final Setting<Double> COLLAPSE_FRACTION = declare("collapse-fraction", Group.CLUSTERING,
      Double.class, 0.1, Rules.interval(0, true, 1, true), "A cluster under this fraction of an equal share (n/K"
          + " rows) counts as collapsing.", except("ae-kmeans"));

  // ---- each engine's own

  /** IDEC's gamma. */
  public static final Setting<Double> IDEC_GAMMA = declare("idec-gamma", Group.ENGINE, Double.class, 0.1,
      Rules.positive(), "IDEC: weight gamma of the clustering loss KL(P||Q) beside the reconstruction loss (the"
          + " paper's 0.1).", only("idec"));
  /** DCN's lambda. */
  public static final Setting<Double> DCN_LAMBDA = declare("dcn-lambda", Group.ENGINE, Double.class, 1.0,
      Rules.positive(), "DCN: weight lambda of the latent k-means loss beside the reconstruction loss.",
      only("dcn"));
  /** VaDE's step size. */
  public static final Setting<Double> VADE_LR = declare("vade-lr", Group.ENGINE, Double.class, 5e-4,
      Rules.positive(), "VaDE: Adam's initial step size for encoder, decoder and mixture, decayed by 0.9 every 10"
          + " epochs (the paper: 0.002).", only("vade"));
  /** VaDE's decoder noise. */
  public static final Setting<Double> VADE_NOISE = declare("vade-noise", Group.ENGINE, Double.class, 4.0,
      Rules.positive(), "VaDE: the Gaussian decoder's noise variance as a multiple of the pretrained autoencoder's"
          + " reconstruction error per value (1: the maximum-likelihood variance; more weighs the mixture prior more"
          + " against the reconstruction; 4 kept VaDE above AE+k-means on mnist10k).", only("vade"));
  /** DAC's step size. */
  public static final Setting<Double> DAC_LR = declare("dac-lr", Group.ENGINE, Double.class, 3e-5,
      Rules.positive(), "DAC: Adam's learning rate for the pair loss.", only("dac"));
  /** DAC's upper threshold at the start. */
  public static final Setting<Double> DAC_UPPER = declare("dac-upper", Group.ENGINE, Double.class, 0.95,
      Rules.interval(0, false, 1, true), "DAC: upper similarity threshold u(0) (the paper's 0.95); u(lambda) ="
          + " u(0) - lambda.", only("dac"));
  /** DAC's lower threshold at the start. */
  public static final Setting<Double> DAC_LOWER = declare("dac-lower", Group.ENGINE, Double.class, 0.455,
      Rules.interval(0, true, 1, false), "DAC: lower similarity threshold l(0) (the paper's 0.455), below"
          + " dac-upper; l(lambda) = l(0) + 0.1 lambda.", only("dac"));
  /** DAC's temperature. */
  public static final Setting<Double> DAC_TEMPERATURE = declare("dac-temperature", Group.ENGINE, Double.class, 1.0,
      Rules.positive(), "DAC: temperature of the softmax layer started at the k-means centroids, in mean squared"
          + " distances of a row to its nearest centroid.", only("dac"));
  /** IMSAT's hidden layers. */
  public static final Setting<int[]> IMSAT_HIDDEN = declare("imsat-hidden", Group.ENGINE, int[].class, null,
      Rules.sizes(), "IMSAT: hidden layer sizes of its classifier d-...-K (auto: the paper's 1200,1200 from "
          + AutoRecipe.WIDE_COLUMNS + " columns, else the width of the layers' rule twice).", only(IMSAT));
  /** IMSAT's step size. */
  public static final Setting<Double> IMSAT_LR = declare("imsat-lr", Group.ENGINE, Double.class, null,
      Rules.positive(), "IMSAT: Adam's step size (auto: the paper's code's 0.002 below " + AutoRecipe.WIDE_COLUMNS
          + " columns, 0.0005 from " + AutoRecipe.WIDE_COLUMNS + ", where 0.002 collapsed).", only(IMSAT));
  /** IMSAT's lambda. */
  public static final Setting<Double> IMSAT_LAMBDA = declare("imsat-lambda", Group.ENGINE, Double.class, 0.1,
      Rules.positive(), "IMSAT: weight lambda of the information term H(Y|X) - mu H(Y).", only(IMSAT));
  /** IMSAT's mu. */
  public static final Setting<Double> IMSAT_MU = declare("imsat-mu", Group.ENGINE, Double.class, 4.0,
      Rules.positive(), "IMSAT: weight mu of the marginal entropy H(Y), which balances the clusters.", only(IMSAT));
  /** IMSAT's perturbation. */
  public static final Setting<Perturbation> IMSAT_PERTURBATION = declare("imsat-perturbation", Group.ENGINE,
      Perturbation.class, Perturbation.VIRTUAL_ADVERSARIAL, Rules.any(), "IMSAT: how the self-augmentation term"
          + " perturbs the rows: VIRTUAL_ADVERSARIAL (R_VAT, the paper's) or RANDOM (R_RPT).", only(IMSAT));
  /** N2D's UMAP neighbours. */
  public static final Setting<Integer> N2D_NEIGHBOURS = declare("n2d-neighbours", Group.ENGINE, Integer.class, 20,
      Rules.atLeast(2), "N2D: UMAP's number of neighbours (the paper's 20).", only("n2d"));
  /** N2D's UMAP minimum distance. */
  public static final Setting<Double> N2D_MIN_DIST = declare("n2d-min-dist", Group.ENGINE, Double.class, 0.05,
      Rules.interval(0, true, 1, true), "N2D: UMAP's minimum distance (the paper's 0; below about 0.05 this UMAP's"
          + " layout turns to noise).", only("n2d"));
  /** N2D's head step size. */
  public static final Setting<Double> N2D_HEAD_LR = declare("n2d-head-lr", Group.ENGINE, Double.class, 1e-3,
      Rules.positive(), "N2D: Adam's learning rate of the network fitted to the UMAP coordinates.", only("n2d"));

  /** @return every setting, in declaration order (read-only) */
  public static List<Setting<?>> all() {
    return Collections.unmodifiableList(ALL);
  }

  /**
   * @param name a setting's name, as declared ("kmeans-restarts")
   * @return the setting, or null
   */
  public static Setting<?> byName(String name) {
    for (Setting<?> s : ALL) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The rules that tie settings together, checked after each setting's own, for the engine the configuration names.
   *
   * @param c a configuration whose settings each follow their own rule
   * @return null, or what is wrong
   */
  static String crossCheck(DecConfig c) {
    if (DAC_LOWER.readBy(c.get(ENGINE)) && c.get(DAC_LOWER) >= c.get(DAC_UPPER)) {
      return "dac-lower must be below dac-upper (got " + c.get(DAC_LOWER) + " and " + c.get(DAC_UPPER) + ")";
    }
    return null;
  }

  private static <T> Setting<T> declare(String name, Group group, Class<T> type, T defaultValue, Rule<T> rule,
      String help, Readers readers) {
    Setting<T> s = new Setting<>(ALL.size(), name, group, type, defaultValue, rule, help, readers);
    ALL.add(s);
    return s;
  }

  private static Readers only(String... engines) {
    return new Readers(Set.of(engines), false);
  }

  private static Readers except(String... engines) {
    return new Readers(Set.of(engines), true);
  }
}
