package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.math.DecMath;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.runtime.Provenance;
import org.dec4j.engine.scaling.FeatureScaler;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The phases every autoencoder-based clustering engine shares: (1) scale the input, (2) pretrain a stacked
 * autoencoder on reconstruction error, (3) run k-means on the latent vectors for the initial centroids, then
 * (4) the engine's own clustering phase ({@link #refine}), and finally the model (encoder, centroids, scaling) in
 * one {@link DecModel}. The trainer holds only its strategies; each call of {@link #fit} is an independent run
 * whose randomness all derives from the configured seed.
 */
public abstract class EmbeddedClusteringTrainer implements ClusteringTrainer {
  private final AutoencoderFactory autoencoders;
  private final AutoencoderPretrainer pretrainer;
  private final ClusterInitializer initializer;

  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer initial centroids
   */
  protected EmbeddedClusteringTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer,
      ClusterInitializer initializer) {
    this.autoencoders = autoencoders;
    this.pretrainer = pretrainer;
    this.initializer = initializer;
  }

  /**
   * What pretraining leaves for the clustering phases.
   *
   * @param scaler fitted scaling
   * @param x scaled rows, row-major n x d
   * @param ae the pretrained autoencoder (the clustering phase may train it further)
   * @param result what pretraining did
   */
  public record Pretrained(FeatureScaler scaler, float[] x, Autoencoder ae, AutoencoderPretrainer.Result result) {
    /** @return number of rows */
    public int rows() {
      return x.length / ae.encoder().inputSize();
    }
  }

  /**
   * The engine's clustering phase, after k-means on the pretrained embedding.
   *
   * @param p the pretrained autoencoder and the scaled rows
   * @param z n x latent embeddings of the rows by the pretrained encoder, row-major
   * @param init the k-means result on z
   * @param config configuration
   * @param rng generator of this phase
   * @param listener progress
   * @param cancel checked every batch
   * @return final centroids and assignments; the encoder in {@code p} is the model's
   */
  protected abstract RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init,
      DecConfig config, SplittableRandom rng, TrainingListener listener, CancellationToken cancel);

  /**
   * @param engineName name recorded in the model
   * @param data rows, unscaled
   * @param config configuration
   * @param listener progress
   * @param cancel cancellation
   * @return the model and the training rows' assignments
   */
  @Override
  public FitResult fit(String engineName, FloatMatrix data, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    checkData(data, config);
    return cluster(engineName, data, pretrain(data, config, listener, cancel), config, listener, cancel);
  }

  /**
   * Fits one model per K on one pretrained autoencoder: each result equals {@link #fit} with that K and the same
   * seed, and pretraining runs once.
   *
   * @param engineName name recorded in the models
   * @param data rows, unscaled
   * @param config configuration (its K is replaced)
   * @param ks numbers of clusters
   * @param listener progress
   * @param cancel cancellation
   * @return one result per K
   */
  @Override
  public List<FitResult> fitEachK(String engineName, FloatMatrix data, DecConfig config, int[] ks,
      TrainingListener listener, CancellationToken cancel) {
    List<DecConfig> configs = new ArrayList<>();
    for (int k : ks) {
      DecConfig c = config.toBuilder().k(k).build();
      checkData(data, c);
      configs.add(c);
    }
    Pretrained p = pretrain(data, config, listener, cancel);
    INDArray pretrained = p.ae().params().dup();
    List<FitResult> out = new ArrayList<>();
    for (DecConfig c : configs) {
      p.ae().params().assign(pretrained);
      out.add(cluster(engineName, data, p, c, listener, cancel));
    }
    return out;
  }

  private Pretrained pretrain(FloatMatrix data, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    int n = data.rows();
    int d = data.cols();
    SplittableRandom rng = new SplittableRandom(config.seed());
    long t0 = System.nanoTime();
    listener.phaseStarted(Phase.PREPARE, 1);
    FeatureScaler scaler = FeatureScaler.fit(data, config.scaling());
    float[] x = scaler.transform(data);
    listener.phaseEnded(Phase.PREPARE, seconds(t0), n + " rows x " + d + " columns, scaling " + scaler.method());
    Autoencoder ae = autoencoders.create(d, config, rng.split());
    String key = config.toJson();
    PretrainingCache.Hit hit = PretrainingCache.find(data, key);
    if (hit != null) {
      ae.params().assign(hit.params());
      listener.phaseStarted(Phase.PRETRAIN, 0);
      listener.phaseEnded(Phase.PRETRAIN, 0, String.format(Locale.ROOT, "reused the autoencoder pretrained by the"
          + " previous fit on these data with this configuration (%d steps, %.1f s, loss %.5f)", hit.result().steps(),
          hit.result().seconds(), hit.result().finalLoss()));
      return new Pretrained(scaler, x, ae, hit.result());
    }
    AutoencoderPretrainer.Result pre = pretrainer.pretrain(ae, x, n, config, rng.split(), listener, cancel);
    PretrainingCache.store(data, key, scaler, ae.params(), pre);
    return new Pretrained(scaler, x, ae, pre);
  }

  /** The generator of the clustering phases: the seed's stream after the two draws of pretraining. */
  private static SplittableRandom clusteringRandom(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    rng.split();
    rng.split();
    return rng;
  }

  private FitResult cluster(String engineName, FloatMatrix data, Pretrained p, DecConfig config,
      TrainingListener listener, CancellationToken cancel) {
    int n = data.rows();
    SplittableRandom rng = clusteringRandom(config.seed());
    cancel.throwIfCancelled();
    long t1 = System.nanoTime();
    listener.phaseStarted(Phase.INIT, config.kmeansRestarts());
    int latent = config.latentSize();
    double[] z = Embeddings.embed(p.ae().encoder(), p.x(), n);
    ClusterInitializer.Result init = initializer.initialize(z, n, latent, config.k(), config.kmeansRestarts(),
        rng.nextLong(), cancel);
    double initSeconds = seconds(t1);
    listener.phaseEnded(Phase.INIT, initSeconds, String.format(Locale.ROOT,
        "k-means++ with %d restarts on %d-d latent vectors, inertia %.4g", config.kmeansRestarts(), latent,
        init.inertia()));

    RefinementOutcome out = refine(p, z, init, config, rng.split(), listener, cancel);
    AutoencoderPretrainer.Result pre = p.result();
    int[] sizes = DecMath.clusterSizes(out.labels(), config.k());
    TrainingSummary summary = new TrainingSummary(n, pre.steps(), pre.finalLoss(), init.inertia(), out.iterations(),
        out.finalLoss(), out.lastChangedShare(), out.stopReason(), sizes, pre.seconds(), initSeconds, out.seconds(),
        out.warnings(), pre.recipe());
    DenseNetwork net = out.network() != null ? out.network() : p.ae().encoder();
    DenseNetwork frozen = new DenseNetwork(net.sizes(), net.activations(), net.params().dup(), null);
    DecModel model = new DecModel(engineName, config, p.scaler(), frozen, out.centroids(), out.head(),
        data.columnNames(), summary, Provenance.of(engineName, n, data.cols()));
    return new FitResult(model, out.labels(), FloatMatrix.adopt(n, config.k(), DecModel.toFloat(out.q())),
        FloatMatrix.adopt(n, frozen.outputSize(), DecModel.toFloat(out.z())));
  }

  /**
   * Rejects data the configuration cannot cluster, with a message a user can act on.
   *
   * @param data rows
   * @param config configuration
   */
  static void checkData(FloatMatrix data, DecConfig config) {
    if (data.rows() == 0) {
      throw new IllegalArgumentException("the data have no rows");
    }
    if (data.cols() == 0) {
      throw new IllegalArgumentException("the data have no columns to cluster on");
    }
    if (config.k() > data.rows()) {
      throw new IllegalArgumentException("k (" + config.k() + ") is larger than the number of rows ("
          + data.rows() + ")");
    }
    data.requireFinite();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
