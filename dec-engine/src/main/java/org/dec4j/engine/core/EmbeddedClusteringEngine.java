package org.dec4j.engine.core;

import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ClusteringEffect;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.parallel.DataParallelEngine;
import org.dec4j.api.parallel.PartitionedRows;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.api.select.ClusterMatching;
import org.dec4j.api.select.ClusterMeasures;
import org.dec4j.api.select.KSelector;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.model.DecModel;
import org.dec4j.engine.model.DecModelCodec;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.runtime.Nd4jRuntime;
import org.dec4j.engine.runtime.Provenance;
import org.dec4j.engine.scaling.FeatureScaler;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The skeleton every engine of the family shares, written once, as ELKI's {@code AbstractKMeans} is for its
 * variants: (1) check and scale the input, (2) pretrain a stacked autoencoder on reconstruction error, (3) run
 * k-means on the latent vectors for the initial centroids, (4) the engine's own clustering phase ({@link #refine};
 * by default its {@link Refinement} driven by the shared loop with the collapse watch, cancellation and progress),
 * and (5) the model: scaling, network, centroids and assignment head in one {@link DecModel}. An engine that trains
 * from random weights says so ({@link #pretrains()}) and skips (2) and (3).
 *
 * <p>The engine object holds only its strategies and is safe to share; each {@link #fit} is an independent run
 * whose randomness all derives from the configured seed.</p>
 */
public abstract class EmbeddedClusteringEngine implements ClusteringEngine, DataParallelEngine {
  private final String name;
  private final AutoencoderFactory autoencoders = new AutoencoderFactory();
  private final AutoencoderPretrainer pretrainer = new AutoencoderPretrainer();
  private final ClusterInitializer initializer;

  /**
   * @param name the engine's name
   * @param initializer k-means on the latent vectors (unused by an engine that does not pretrain)
   */
  protected EmbeddedClusteringEngine(String name, ClusterInitializer initializer) {
    this.name = name;
    this.initializer = initializer;
  }

  @Override
  public final String name() {
    return name;
  }

  /** @return the k-means initialiser, for engines that run k-means again in their own phase */
  protected final ClusterInitializer initializer() {
    return initializer;
  }

  /** @return whether the engine starts from a pretrained autoencoder and k-means (true unless overridden) */
  protected boolean pretrains() {
    return true;
  }

  /**
   * The engine's own state for its clustering phase, driven by {@link Refinement#run}; engines whose phase is not
   * that loop override {@link #refine} instead.
   *
   * @param start what the shared phases left
   * @return the refinement, ready to run
   */
  protected Refinement refinement(Start start) {
    throw new UnsupportedOperationException(name + " overrides refine");
  }

  /**
   * The engine's clustering phase.
   *
   * @param start what the shared phases left
   * @return the final labels, assignments, centroids, network and head
   */
  protected RefinementOutcome refine(Start start) {
    return refinement(start).run();
  }

  @Override
  public final FitResult fit(FloatMatrix data, int k, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    checkData(data, k);
    AutoRecipe.Plan plan = AutoRecipe.resolve(config, data.rows(), data.cols());
    return Nd4jRuntime.call(config.get(Settings.DETERMINISTIC), () -> cluster(data, k,
        prepare(data, plan, listener, cancel), plan.config(), listener, cancel));
  }

  /**
   * One model per K on one pretrained autoencoder: each result equals {@link #fit} with that K, and pretraining
   * runs once.
   */
  @Override
  public final List<FitResult> fitEachK(FloatMatrix data, int[] ks, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    for (int k : ks) {
      checkData(data, k);
    }
    AutoRecipe.Plan plan = AutoRecipe.resolve(config, data.rows(), data.cols());
    return Nd4jRuntime.call(config.get(Settings.DETERMINISTIC), () -> {
      Prepared p = prepare(data, plan, listener, cancel);
      INDArray pretrained = p.ae() == null ? null : p.ae().params().dup();
      List<FitResult> out = new ArrayList<>();
      for (int k : ks) {
        if (pretrained != null) {
          p.ae().params().assign(pretrained);
        }
        out.add(cluster(data, k, p, plan.config(), listener, cancel));
      }
      return out;
    });
  }

  /** @return how far this engine trains on partitioned rows (not at all unless overridden) */
  protected DataParallelism dataParallelism() {
    return DataParallelism.NONE;
  }

  @Override
  public final boolean dataParallel() {
    return dataParallelism() != DataParallelism.NONE;
  }

  /** The shared phases on partitioned rows by parameter averaging, as {@link DataParallelFit} describes. */
  @Override
  public final ClusterModel fit(PartitionedRows rows, int k, DecConfig config, int localSteps,
      TrainingListener listener, CancellationToken cancel) {
    if (!dataParallel()) {
      throw new UnsupportedOperationException(name + " trains on one machine only; data-parallel training is for"
          + " dec, idec and ae-kmeans");
    }
    // the driver only coordinates: a deterministic run holds ND4J's one-thread lock in each task, not here, where
    // it would block the tasks of a local master
    return Nd4jRuntime.call(false, () -> new DataParallelFit(this, rows, k, localSteps, listener, cancel).fit(
        config));
  }

  @Override
  public final ClusterModel read(ModelArchive archive) throws ModelFormatException {
    if (!name.equals(archive.engine())) {
      throw new ModelFormatException("the model was written by engine '" + archive.engine() + "', not '" + name
          + "'");
    }
    return DecModelCodec.read(archive);
  }

  /**
   * What the phases before clustering leave: the recipe's plan, the scaling, the scaled rows and the pretrained
   * autoencoder.
   */
  private record Prepared(String plan, FeatureScaler scaler, float[] x, Autoencoder ae,
      AutoencoderPretrainer.Result result) {
  }

  private Prepared prepare(FloatMatrix data, AutoRecipe.Plan plan, TrainingListener listener,
      CancellationToken cancel) {
    DecConfig config = plan.config();
    int n = data.rows();
    int d = data.cols();
    long t0 = System.nanoTime();
    listener.phaseStarted(Phase.PREPARE, 1);
    FeatureScaler scaler = FeatureScaler.fit(data, config.get(Settings.SCALING));
    float[] x = scaler.transform(data);
    listener.phaseEnded(Phase.PREPARE, seconds(t0), n + " rows x " + d + " columns, scaling " + scaler.method()
        + (plan.text() == null ? "" : "; recipe: " + plan.text()));
    if (!pretrains()) {
      return new Prepared(plan.text(), scaler, x, null, null);
    }
    SplittableRandom rng = new SplittableRandom(config.get(Settings.SEED));
    Autoencoder ae = autoencoders.create(d, config, rng.split());
    String key = PretrainingCache.key(config);
    PretrainingCache.Hit hit = PretrainingCache.find(data, key);
    if (hit != null) {
      ae.params().assign(hit.params());
      listener.phaseStarted(Phase.PRETRAIN, 0);
      listener.phaseEnded(Phase.PRETRAIN, 0, String.format(Locale.ROOT, "reused the autoencoder pretrained by the"
          + " previous fit on these data with these settings (%d steps, %.1f s, loss %.5f)", hit.result().steps(),
          hit.result().seconds(), hit.result().finalLoss()));
      return new Prepared(plan.text(), scaler, x, ae, hit.result());
    }
    AutoencoderPretrainer.Result pre = pretrainer.pretrain(ae, x, n, config, rng.split(), listener, cancel);
    PretrainingCache.store(data, key, scaler, ae.params(), pre);
    return new Prepared(plan.text(), scaler, x, ae, pre);
  }

  /**
   * The generator of the clustering phases: for an engine that pretrains, the seed's stream after the two draws of
   * pretraining; otherwise the seed's stream itself.
   */
  private SplittableRandom clusteringRandom(long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    if (pretrains()) {
      rng.split();
      rng.split();
    }
    return rng;
  }

  private FitResult cluster(FloatMatrix data, int k, Prepared p, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    int n = data.rows();
    SplittableRandom rng = clusteringRandom(config.get(Settings.SEED));
    cancel.throwIfCancelled();
    long t1 = System.nanoTime();
    double[] z = null;
    ClusterInitializer.Result init = null;
    if (p.ae() != null) {
      int restarts = config.get(Settings.KMEANS_RESTARTS);
      listener.phaseStarted(Phase.INIT, restarts);
      int latent = p.ae().encoder().outputSize();
      z = Embeddings.embed(p.ae().encoder(), p.x(), n);
      init = initializer.initialize(z, n, latent, k, restarts, rng.nextLong(), cancel);
      listener.phaseEnded(Phase.INIT, seconds(t1), String.format(Locale.ROOT,
          "k-means++ with %d restarts on %d-d latent vectors, inertia %.4g", restarts, latent, init.inertia()));
    }
    Start start = new Start(p.x(), n, k, p.ae(), z, init, config, p.ae() == null ? rng : rng.split(), listener,
        cancel);
    double initSeconds = seconds(t1);
    long t2 = System.nanoTime();
    RefinementOutcome out = refine(start);
    return result(data, k, p, init, initSeconds, seconds(t2), out, config);
  }

  /** The model and the training rows' assignments (refineSeconds: the engine's whole clustering phase). */
  private FitResult result(FloatMatrix data, int k, Prepared p, ClusterInitializer.Result init, double initSeconds,
      double refineSeconds, RefinementOutcome out, DecConfig config) {
    int n = data.rows();
    AutoencoderPretrainer.Result pre = p.result();
    TrainingSummary summary = new TrainingSummary(n, pre == null ? 0 : pre.steps(),
        pre == null ? Double.NaN : pre.finalLoss(), init == null ? Double.NaN : init.inertia(), out.iterations(),
        out.finalLoss(), out.lastChangedShare(), out.stopReason(), Assignments.clusterSizes(out.labels(), k),
        pre == null ? 0 : pre.seconds(), initSeconds, refineSeconds, out.warnings(), pre == null ? null
            : pre.recipe(), p.plan(), pre == null ? null : pre.stop(), effect(p, k, init, out.labels(), config));
    DenseNetwork net = out.network() != null ? out.network() : p.ae().encoder();
    DenseNetwork frozen = new DenseNetwork(net.sizes(), net.activations(), net.params().dup(), null);
    DecConfig recorded = config.toBuilder().set(Settings.ENGINE, name).build();
    DecModel model = new DecModel(name, k, recorded, p.scaler(), frozen, out.centroids(), out.head(),
        data.columnNames(), summary, Provenance.of(name, n, data.cols()));
    return new FitResult(model, out.labels(), FloatMatrix.adopt(n, k, Embeddings.toFloat(out.q())),
        FloatMatrix.adopt(n, frozen.outputSize(), Embeddings.toFloat(out.z())));
  }

  /** What the clustering phase did to the k-means start (null for an engine without one). */
  private static ClusteringEffect effect(Prepared p, int k, ClusterInitializer.Result init, int[] labels,
      DecConfig config) {
    if (init == null) {
      return null;
    }
    int n = labels.length;
    double[] s = ClusterMeasures.silhouettes(FloatMatrix.adopt(n, p.x().length / n, p.x()),
        new int[][] { init.labels(), labels }, KSelector.SILHOUETTE_SAMPLE, config.get(Settings.SEED));
    return new ClusteringEffect(1 - ClusterMatching.agreement(init.labels(), labels, k), s[0], s[1],
        Math.min(n, KSelector.SILHOUETTE_SAMPLE));
  }

  /**
   * Rejects data the engine cannot cluster into K, with a message a user can act on.
   *
   * @param data rows
   * @param k clusters
   */
  static void checkData(FloatMatrix data, int k) {
    if (data.rows() == 0) {
      throw new IllegalArgumentException("the data have no rows");
    }
    if (data.cols() == 0) {
      throw new IllegalArgumentException("the data have no columns to cluster on");
    }
    ClusteringEngine.checkK(k, data.rows());
    data.requireFinite();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
