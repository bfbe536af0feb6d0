package org.dec4j.cli;

import org.dec4j.api.config.Activation;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Optimizer;
import org.dec4j.api.config.Scaling;
import picocli.CommandLine.Option;

/**
 * The engine settings as command-line options, shared by every command that trains. Unset options keep the
 * defaults of {@link DecConfig}; this class only translates.
 */
public final class ConfigOptions {
  @Option(names = "--seed", description = "Random seed; the same seed and data give the same clusters (default ${DEFAULT-VALUE}).")
  long seed = DecConfig.DEFAULT_SEED;

  @Option(names = "--layers", split = ",", paramLabel = "N,N,...,L",
      description = "Encoder layer sizes, the last is the latent size (default 500,500,2000,10).")
  int[] layers;

  @Option(names = "--latent", paramLabel = "L", split = ",", description = "Latent size; replaces the last of --layers"
      + " (choose-k takes several, comma-separated).")
  int[] latent;

  @Option(names = "--activation", description = "Hidden activation: ${COMPLETION-CANDIDATES} (default RELU).")
  Activation activation;

  @Option(names = "--scaling", description = "Feature scaling: ${COMPLETION-CANDIDATES} (default AUTO: divide by the"
      + " global maximum for pixel-like data, standardise otherwise).")
  Scaling scaling;

  @Option(names = "--weight-init", description = "Weight initialisation: ${COMPLETION-CANDIDATES} (default"
      + " GLOROT_UNIFORM).")
  org.dec4j.api.config.WeightInit weightInit;

  @Option(names = "--pretraining", description = "Pretraining recipe: ${COMPLETION-CANDIDATES} (default LAYERWISE:"
      + " greedy denoising layer pairs, then end-to-end fine-tuning, as in the DEC paper).")
  org.dec4j.api.config.Pretraining pretraining;

  @Option(names = "--pretrain-layer-steps", paramLabel = "N", description = "Greedy steps per layer pair (LAYERWISE).")
  Integer pretrainLayerSteps;

  @Option(names = "--pretrain-steps", paramLabel = "N", description = "End-to-end pretraining steps (mini-batches);"
      + " the fine-tuning steps after LAYERWISE.")
  Integer pretrainSteps;

  @Option(names = "--pretrain-optimizer", description = "Pretraining optimizer: ${COMPLETION-CANDIDATES}.")
  Optimizer pretrainOptimizer;

  @Option(names = "--pretrain-lr", paramLabel = "LR", description = "Pretraining learning rate.")
  Double pretrainLr;

  @Option(names = "--pretrain-momentum", paramLabel = "M", description = "Momentum of SGD pretraining.")
  Double pretrainMomentum;

  @Option(names = "--pretrain-corruption", paramLabel = "P", description = "Dropout rate of denoising pretraining (on"
      + " each layer pair's input and code in LAYERWISE, on the input in END_TO_END), 0 to turn off.")
  Double pretrainCorruption;

  @Option(names = "--batch-size", paramLabel = "B", description = "Mini-batch size.")
  Integer batchSize;

  @Option(names = "--lr", paramLabel = "LR", description = "Clustering refinement learning rate (SGD).")
  Double lr;

  @Option(names = "--momentum", paramLabel = "M", description = "Clustering refinement momentum.")
  Double momentum;

  @Option(names = "--alpha", description = "Degrees of freedom of the Student's t kernel.")
  Double alpha;

  @Option(names = "--update-interval", paramLabel = "T", description = "Refinement batches between target updates.")
  Integer updateInterval;

  @Option(names = "--tol", description = "Stop when fewer than this share of labels change between target updates.")
  Double tol;

  @Option(names = "--max-iter", paramLabel = "N", description = "Maximum refinement batches (0: keep k-means on the"
      + " pretrained embedding).")
  Integer maxIter;

  @Option(names = "--kmeans-restarts", paramLabel = "N", description = "k-means++ restarts for the initial centroids.")
  Integer kmeansRestarts;

  @Option(names = "--collapse-policy", description = "When a cluster empties or the assignment entropy drops sharply:"
      + " ${COMPLETION-CANDIDATES} (default WARN).")
  org.dec4j.api.config.CollapsePolicy collapsePolicy;

  @Option(names = "--collapse-fraction", paramLabel = "F", description = "A cluster under this fraction of an equal"
      + " share (n/K rows) counts as collapsing (default 0.1).")
  Double collapseFraction;

  @Option(names = "--gamma", paramLabel = "G", description = "IDEC (--engine idec): weight of the clustering loss"
      + " KL(P||Q) beside the reconstruction loss (default 0.1).")
  Double gamma;

  @Option(names = "--lambda", paramLabel = "L", description = "DCN (--engine dcn): weight of the k-means term"
      + " lambda/2 ||f(x) - M s||^2 beside the reconstruction loss (default 1.0).")
  Double lambda;

  @Option(names = "--deterministic", description = "Single-threaded numeric work: identical results on any machine.")
  boolean deterministic;

  /**
   * @param k number of clusters
   * @return the validated configuration
   */
  public DecConfig toConfig(int k) {
    DecConfig.Builder b = DecConfig.builder().k(k).seed(seed).deterministic(deterministic);
    if (layers != null) {
      b.encoderLayers(layers);
    }
    if (latent != null) {
      if (latent.length != 1) {
        throw new IllegalArgumentException("--latent takes one size here (choose-k compares several)");
      }
      b.latentSize(latent[0]);
    }
    if (activation != null) {
      b.activation(activation);
    }
    if (scaling != null) {
      b.scaling(scaling);
    }
    if (weightInit != null) {
      b.weightInit(weightInit);
    }
    if (pretraining != null) {
      b.pretraining(pretraining);
    }
    if (pretrainLayerSteps != null) {
      b.pretrainLayerSteps(pretrainLayerSteps);
    }
    if (pretrainSteps != null) {
      b.pretrainSteps(pretrainSteps);
    }
    if (pretrainOptimizer != null) {
      b.pretrainOptimizer(pretrainOptimizer);
    }
    if (pretrainLr != null) {
      b.pretrainLearningRate(pretrainLr);
    }
    if (pretrainMomentum != null) {
      b.pretrainMomentum(pretrainMomentum);
    }
    if (pretrainCorruption != null) {
      b.pretrainCorruption(pretrainCorruption);
    }
    if (batchSize != null) {
      b.batchSize(batchSize);
    }
    if (lr != null) {
      b.learningRate(lr);
    }
    if (momentum != null) {
      b.momentum(momentum);
    }
    if (alpha != null) {
      b.alpha(alpha);
    }
    if (updateInterval != null) {
      b.updateInterval(updateInterval);
    }
    if (tol != null) {
      b.tolerance(tol);
    }
    if (maxIter != null) {
      b.maxIterations(maxIter);
    }
    if (kmeansRestarts != null) {
      b.kmeansRestarts(kmeansRestarts);
    }
    if (collapsePolicy != null) {
      b.collapsePolicy(collapsePolicy);
    }
    if (collapseFraction != null) {
      b.collapseFraction(collapseFraction);
    }
    if (gamma != null) {
      b.gamma(gamma);
    }
    if (lambda != null) {
      b.lambda(lambda);
    }
    return b.build();
  }
}
