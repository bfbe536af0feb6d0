package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.math.DacMath;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.DenseNetwork.LayerActivation;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Deep Adaptive Clustering on an autoencoder's encoder: after pretraining and k-means on the latent vectors
 * ({@link EmbeddedClusteringTrainer}), the network is the pretrained encoder followed by a linear K-way layer
 * (logits) initialised so that its softmax is that of the negative squared distances to the k-means centroids at
 * temperature T ({@link DacMath#distanceLayer}), and the whole network is trained on DAC's pair loss
 * \[ L = \frac{1}{|S|} \sum_{(i,j) \in S} -\big( r_{ij} \log s_{ij} + (1 - r_{ij}) \log (1 - s_{ij}) \big),
 *    \quad s_{ij} = \frac{p_i \cdot p_j}{\|p_i\| \|p_j\|}, \ p_i = \operatorname{softmax}(a_i) \]
 * ({@link DacRefinement}). The model is that network with a softmax head; its centroids are the mean logits of
 * each cluster's rows.
 *
 * <p>Reference: J. Chang, L. Wang, G. Meng, S. Xiang, C. Pan: Deep Adaptive Image Clustering. ICCV 2017.</p>
 */
public final class DacTrainer extends EmbeddedClusteringTrainer {
  /**
   * T is this multiple of the mean squared distance of a row to its nearest centroid. On the digits (seed 0, small
   * budget) 0.5 and 1 gave ACC 0.839 and 0.836 (Adam 1e-4); 2 made the softmax so flat that most pairs counted as
   * similar and all rows fell into one cluster.
   */
  public static final double TEMPERATURE_SCALE = 1.0;
  /**
   * Adam's learning rate for the pair loss (the configured refinement SGD is not used). On the digits (seed 0,
   * small budget): 1e-3 collapsed to one cluster, 1e-4 gave ACC 0.836, 3e-5 0.843, 1e-5 0.841 (with a finer
   * schedule); SGD 0.01 with momentum 0.9 gave 0.827.
   */
  public static final double ADAM_LEARNING_RATE = 3e-5;

  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer initial centroids
   */
  public DacTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer,
      ClusterInitializer initializer) {
    super(autoencoders, pretrainer, initializer);
  }

  @Override
  protected RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    DenseNetwork encoder = p.ae().encoder();
    int n = p.rows();
    int k = config.k();
    int dim = encoder.outputSize();
    double t = TEMPERATURE_SCALE * DacMath.meanNearestSquaredDistance(z, n, dim, init.centroids(), k);
    DenseNetwork network = stack(encoder, DacMath.distanceLayer(init.centroids(), k, dim, t), k);
    double[] logits = Embeddings.embed(network, p.x(), n);
    double[] start = DacMath.clusterMeans(logits, n, k, init.labels(), k);
    RefinementOutcome out = new DacRefinement(network, start, p.x(), n, config, rng, listener, cancel).run();
    double[] centroids = DacMath.clusterMeans(out.z(), n, k, out.labels(), k);
    return new RefinementOutcome(out.labels(), out.q(), out.z(), centroids, out.iterations(), out.finalLoss(),
        out.lastChangedShare(), out.stopReason(), out.seconds(), out.warnings(), network, ClusterHead.softmax());
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
    int[] es = encoder.sizes();
    int dim = encoder.outputSize();
    int[] sizes = Arrays.copyOf(es, es.length + 1);
    sizes[es.length] = k;
    LayerActivation[] ea = encoder.activations();
    LayerActivation[] acts = Arrays.copyOf(ea, ea.length + 1);
    acts[ea.length] = LayerActivation.IDENTITY;
    long total = DenseNetwork.parameterCount(sizes);
    float[] flat = new float[(int) total];
    float[] enc = encoder.params().dup().data().asFloat();
    System.arraycopy(enc, 0, flat, 0, enc.length);
    int off = enc.length;
    for (int j = 0; j < k; j++) {
      for (int t = 0; t < dim; t++) {
        flat[off + j * dim + t] = (float) head[t * k + j];
      }
    }
    for (int j = 0; j < k; j++) {
      flat[off + dim * k + j] = (float) head[dim * k + j];
    }
    INDArray params = Nd4j.create(DataType.FLOAT, 1, total);
    params.assign(Nd4j.createFromArray(flat).reshape(1, total));
    return new DenseNetwork(sizes, acts, params, Nd4j.create(DataType.FLOAT, 1, total));
  }

  /**
   * @param network the stacked network
   * @return Adam at {@link #ADAM_LEARNING_RATE} on all its parameters
   */
  static GradientStepper stepper(DenseNetwork network) {
    return GradientStepper.adam(network.params(), ADAM_LEARNING_RATE);
  }
}
