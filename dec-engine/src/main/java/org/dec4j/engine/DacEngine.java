package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.DacTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "dac" engine: Deep Adaptive Clustering, clustering as binary classification of pairs of rows (same cluster
 * or not) on their label features. A network maps x_i to K logits a_i, p_i = softmax(a_i), l_i = p_i / ||p_i||,
 * s_ij = l_i . l_j, and each mini-batch minimises over its confident pairs S
 * \[ L = \frac{1}{|S|} \sum_{(i,j) \in S} -\big( r_{ij} \log s_{ij} + (1 - r_{ij}) \log (1 - s_{ij}) \big),
 *    \quad r_{ij} = [s_{ij} \ge u(\lambda)], \ S = \{ s_{ij} \ge u(\lambda) \text{ or } s_{ij} &lt; l(\lambda) \}
 * \]
 * with u(lambda) = 0.95 - lambda and l(lambda) = 0.455 + 0.1 lambda, lambda growing until u &lt;= l
 * ({@link DacTrainer}, {@link org.dec4j.engine.math.DacMath}). A row's cluster is the largest entry of p_i.
 *
 * <p>Deviations from the paper, which trains a convolutional network from random weights on images:</p>
 * <ul>
 * <li>The network is the family's pretrained encoder (d-500-500-2000-L by default) followed by a linear K-way
 * layer, stacked as one network. The linear layer starts at W_j = 2 mu_j / T, b_j = -||mu_j||^2 / T from the
 * k-means centroids mu_j of the latent vectors, so softmax(a_i) = softmax(-||z_i - mu_j||^2 / T): DAC starts from
 * the AE+k-means clusters. T is the mean squared distance of a row to its nearest centroid
 * ({@link DacTrainer#TEMPERATURE_SCALE} times it). Where the clusters are so far apart that this softmax is
 * one-hot, every similarity is clipped, no pair carries a gradient and the k-means clusters are kept.</li>
 * <li>lambda grows at every check of the refinement loop (every {@code updateInterval} batches) by the paper's
 * 1.1 x 0.009 per epoch times the epochs between two checks, updateInterval b / n; the paper adds 1.1 x 0.009 after
 * each pass over the data.</li>
 * <li>Training also ends on the loop's tolerance stop (fewer than {@code tolerance} of the labels changed between
 * two checks) or after {@code maxIterations} batches; once u(lambda) &lt;= l(lambda) the remaining batches up to the
 * next check take no step, and that check ends the loop as converged.</li>
 * <li>The optimiser is Adam at {@link DacTrainer#ADAM_LEARNING_RATE} (3e-5), not the configured refinement SGD:
 * on the digits (seed 0, small budget) Adam 1e-4 gave ACC 0.836, 3e-5 0.843, 1e-3 collapsed to one cluster, and
 * the configured SGD (0.01, momentum 0.9) 0.827.</li>
 * <li>Pairs are the unordered pairs i &lt; j of a mini-batch, and the loss is divided by their number |S|.</li>
 * </ul>
 *
 * <p>Reference: J. Chang, L. Wang, G. Meng, S. Xiang, C. Pan: Deep Adaptive Image Clustering. ICCV 2017,
 * pp. 5880-5888.</p>
 */
public final class DacEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "dac";

  /** @param initializer initial centroids (k-means on the pretrained latent vectors) */
  @Inject
  public DacEngine(ClusterInitializer initializer) {
    super(NAME, new DacTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
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
}
