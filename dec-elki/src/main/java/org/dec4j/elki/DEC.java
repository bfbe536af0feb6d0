package org.dec4j.elki;

import elki.clustering.ClusteringAlgorithm;
import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.DoubleVector;
import elki.data.NumberVector;
import elki.data.model.KMeansModel;
import elki.data.type.SimpleTypeInformation;
import elki.data.type.TypeInformation;
import elki.data.type.TypeUtil;
import elki.data.type.VectorFieldTypeInformation;
import elki.database.datastore.DataStoreFactory;
import elki.database.datastore.DataStoreUtil;
import elki.database.datastore.WritableDataStore;
import elki.database.ids.ArrayDBIDs;
import elki.database.ids.ArrayModifiableDBIDs;
import elki.database.ids.DBIDArrayIter;
import elki.database.ids.DBIDUtil;
import elki.database.relation.MaterializedRelation;
import elki.database.relation.Relation;
import elki.database.relation.RelationUtil;
import elki.logging.Logging;
import elki.logging.statistics.DoubleStatistic;
import elki.logging.statistics.LongStatistic;
import elki.logging.statistics.StringStatistic;
import elki.result.CollectionResult;
import elki.result.Metadata;
import elki.utilities.documentation.Description;
import elki.utilities.documentation.Reference;
import elki.utilities.documentation.Title;
import elki.utilities.optionhandling.OptionID;
import elki.utilities.optionhandling.Parameterizer;
import elki.utilities.optionhandling.constraints.CommonConstraints;
import elki.utilities.optionhandling.constraints.GreaterEqualConstraint;
import elki.utilities.optionhandling.constraints.LessConstraint;
import elki.utilities.optionhandling.constraints.LessEqualConstraint;
import elki.utilities.optionhandling.constraints.ListEachNumberConstraint;
import elki.utilities.optionhandling.parameterization.Parameterization;
import elki.utilities.optionhandling.parameters.DoubleParameter;
import elki.utilities.optionhandling.parameters.EnumParameter;
import elki.utilities.optionhandling.parameters.Flag;
import elki.utilities.optionhandling.parameters.IntListParameter;
import elki.utilities.optionhandling.parameters.IntParameter;
import elki.utilities.optionhandling.parameters.LongParameter;
import elki.utilities.optionhandling.parameters.StringParameter;
import org.dec4j.api.Citations;
import org.dec4j.api.config.Activation;
import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Optimizer;
import org.dec4j.api.config.Pretraining;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.config.WeightInit;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.report.ClusterProfiles;
import org.dec4j.api.select.KSelector;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;

/**
 * Deep Embedded Clustering for ELKI: clusters a numeric relation with the dec4j engine named by {@code dec.engine}.
 * The result is a {@link Clustering} of {@link KMeansModel}s whose means are the clusters' centroids in the input
 * space (so ELKI's evaluation and visualisers use them), with two child results: the soft assignments (a
 * {@code double[]} per object, as EM's {@code em.soft}) and the latent embedding (a vector relation).
 *
 * <p>Reference: J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for Clustering Analysis. ICML 2016.</p>
 */
@Title("DEC: Deep Embedded Clustering")
@Description("Learns a low-dimensional embedding with a deep autoencoder and clusters in it: autoencoder "
    + "pretraining, k-means on the latent vectors, then joint refinement of encoder and centroids by KL(P||Q).")
@Reference(authors = Citations.DEC_AUTHORS, title = Citations.DEC_TITLE, booktitle = Citations.DEC_BOOKTITLE,
    url = Citations.DEC_URL, bibkey = Citations.DEC_BIBKEY)
public class DEC implements ClusteringAlgorithm<Clustering<KMeansModel>> {
  private static final Logging LOG = Logging.getLogger(DEC.class);
  /** Type of the soft-assignment relation attached to the result. */
  public static final SimpleTypeInformation<double[]> SOFT_TYPE = new SimpleTypeInformation<>(double[].class);
  /** Name of the soft-assignment relation. */
  public static final String SOFT_NAME = "DEC Soft Assignments";
  /** Name of the latent-embedding relation. */
  public static final String EMBEDDING_NAME = "DEC Latent Embedding";

  /** Name of the per-cluster profile result. */
  public static final String PROFILES_NAME = "DEC Cluster Profiles";
  /** Largest K tried by default when K is chosen. */
  public static final int DEFAULT_KMAX = 10;
  /** Seeds per K by default when K is chosen. */
  public static final int DEFAULT_SELECTION_SEEDS = 2;

  private final DecConfig config;
  private final String engine;
  private final int[] ks;
  private final int selectionSeeds;

  /**
   * @param config engine configuration
   * @param engine engine name
   */
  public DEC(DecConfig config, String engine) {
    this(config, engine, new int[] { config.k() }, 1);
  }

  /**
   * @param config engine configuration (its K is ignored when several are given)
   * @param engine engine name
   * @param ks the K to use, or several to choose among ({@link KSelector})
   * @param selectionSeeds seeds per K when choosing
   */
  public DEC(DecConfig config, String engine, int[] ks, int selectionSeeds) {
    this.config = config;
    this.engine = engine;
    this.ks = ks.clone();
    this.selectionSeeds = selectionSeeds;
  }

  /** @return the configuration */
  public DecConfig config() {
    return config;
  }

  @Override
  public TypeInformation[] getInputTypeRestriction() {
    return TypeUtil.array(TypeUtil.NUMBER_VECTOR_FIELD);
  }

  /**
   * Runs DEC on a relation.
   *
   * @param relation numeric vectors
   * @return the clustering
   */
  public Clustering<KMeansModel> run(Relation<? extends NumberVector> relation) {
    ArrayDBIDs ids = DBIDUtil.ensureArray(relation.getDBIDs());
    int n = ids.size();
    int d = RelationUtil.dimensionality(relation);
    float[] x = new float[n * d];
    DBIDArrayIter it = ids.iter();
    for (int i = 0; it.valid(); it.advance(), i++) {
      NumberVector v = relation.get(it);
      for (int j = 0; j < d; j++) {
        x[i * d + j] = (float) v.doubleValue(j);
      }
    }
    String key = getClass().getName();
    FloatMatrix data = FloatMatrix.of(n, d, x);
    FitResult fit = fit(data, key);
    Clustering<KMeansModel> result = clusters(fit.labels(), ids, x, d, fit.model().k());
    Metadata.of(result).setLongName("DEC Clustering");
    attachSoftAndLatent(result, fit, ids);
    List<String> profiles = List.of(ClusterProfiles.of(data, fit.softAssignments(), fit.embedding(),
        fit.model().centroids(), 0, 5).text(false).split("\\R"));
    CollectionResult<String> profileResult = new CollectionResult<>(profiles);
    Metadata.of(profileResult).setLongName(PROFILES_NAME);
    Metadata.hierarchyOf(result).addChild(profileResult);
    if (LOG.isVerbose()) {
      LOG.verbose("DEC clusters:\n" + String.join("\n", profiles));
    }
    statistics(key, fit.model().summary());
    return result;
  }

  private FitResult fit(FloatMatrix data, String key) {
    ElkiProgress progress = new ElkiProgress(LOG, key);
    if (ks.length == 1) {
      return Engines.get(engine).fit(data, config.toBuilder().k(ks[0]).build(), progress,
          CancellationToken.create());
    }
    KSelector.Selection s = KSelector.select(Engines.get(engine), data, config, ks, selectionSeeds, progress,
        CancellationToken.create());
    LOG.verbose("DEC chose K among " + Arrays.toString(ks) + ":\n" + s.text());
    if (LOG.isStatistics()) {
      LOG.statistics(new LongStatistic(key + ".k.chosen", s.recommendation().k()));
    }
    return s.chosen();
  }

  private static Clustering<KMeansModel> clusters(int[] labels, ArrayDBIDs ids, float[] x, int d, int k) {
    ArrayModifiableDBIDs[] members = new ArrayModifiableDBIDs[k];
    double[][] mean = new double[k][d];
    for (int j = 0; j < k; j++) {
      members[j] = DBIDUtil.newArray();
    }
    DBIDArrayIter it = ids.iter();
    for (int i = 0; it.valid(); it.advance(), i++) {
      members[labels[i]].add(it);
      for (int t = 0; t < d; t++) {
        mean[labels[i]][t] += x[i * d + t];
      }
    }
    Clustering<KMeansModel> result = new Clustering<>();
    for (int j = 0; j < k; j++) {
      int size = members[j].size();
      if (size == 0) {
        LOG.warning("DEC cluster " + j + " is empty and left out of the result");
        continue;
      }
      double varsum = 0;
      for (int t = 0; t < d; t++) {
        mean[j][t] /= size;
      }
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == j) {
          for (int t = 0; t < d; t++) {
            double diff = x[i * d + t] - mean[j][t];
            varsum += diff * diff;
          }
        }
      }
      result.addToplevelCluster(new Cluster<>("Cluster " + j, members[j], new KMeansModel(mean[j], varsum)));
    }
    return result;
  }

  private static void attachSoftAndLatent(Clustering<KMeansModel> result, FitResult fit, ArrayDBIDs ids) {
    FloatMatrix q = fit.softAssignments();
    FloatMatrix z = fit.embedding();
    WritableDataStore<double[]> soft = DataStoreUtil.makeStorage(ids, DataStoreFactory.HINT_HOT
        | DataStoreFactory.HINT_SORTED, double[].class);
    WritableDataStore<DoubleVector> latent = DataStoreUtil.makeStorage(ids, DataStoreFactory.HINT_HOT
        | DataStoreFactory.HINT_SORTED, DoubleVector.class);
    DBIDArrayIter it = ids.iter();
    for (int i = 0; it.valid(); it.advance(), i++) {
      soft.put(it, toDouble(q.row(i)));
      latent.put(it, DoubleVector.wrap(toDouble(z.row(i))));
    }
    Metadata.hierarchyOf(result).addChild(new MaterializedRelation<>(SOFT_NAME, SOFT_TYPE, ids, soft));
    Metadata.hierarchyOf(result).addChild(new MaterializedRelation<>(EMBEDDING_NAME,
        new VectorFieldTypeInformation<>(DoubleVector.FACTORY, z.cols()), ids, latent));
  }

  private static double[] toDouble(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }

  private static void statistics(String key, TrainingSummary s) {
    if (!LOG.isStatistics()) {
      return;
    }
    LOG.statistics(new DoubleStatistic(key + ".pretrain.mse", s.pretrainLoss()));
    LOG.statistics(new DoubleStatistic(key + ".kmeans.inertia", s.kmeansInertia()));
    LOG.statistics(new LongStatistic(key + ".refine.iterations", s.refineIterations()));
    LOG.statistics(new DoubleStatistic(key + ".refine.kl", s.finalLoss()));
    LOG.statistics(new StringStatistic(key + ".refine.stop", s.stopReason().name()));
  }

  @Override
  public String toString() {
    return "DEC(engine=" + engine + (ks.length > 1 ? ", K among " + Arrays.toString(ks) : "") + ", " + config + ")";
  }

  /**
   * Reads ELKI parameters into a {@link DecConfig}: every engine setting has an option under {@code dec.}, with
   * the configuration's default and a constraint, so ELKI rejects bad values with its own messages.
   */
  public static class Par implements Parameterizer {
    private final DecConfig.Builder b = DecConfig.builder();
    private String engine = Engines.DEC;
    private int[] ks;
    private int seeds = DEFAULT_SELECTION_SEEDS;

    @Override
    public void configure(Parameterization config) {
      new IntListParameter(DecOptions.K).setOptional(true)
          .addConstraint(new ListEachNumberConstraint<int[]>(new GreaterEqualConstraint(2))).grab(config, x -> ks = x);
      if (ks == null) {
        new IntParameter(DecOptions.KMAX, DEFAULT_KMAX).addConstraint(new GreaterEqualConstraint(2))
            .grab(config, x -> ks = IntStream.rangeClosed(2, x).toArray());
      }
      if (ks == null || ks.length > 1) {
        new IntParameter(DecOptions.SELECTION_SEEDS, DEFAULT_SELECTION_SEEDS)
            .addConstraint(CommonConstraints.GREATER_EQUAL_ONE_INT).grab(config, x -> seeds = x);
      }
      new StringParameter(DecOptions.ENGINE, Engines.DEC).grab(config, x -> engine = x);
      new IntListParameter(DecOptions.LAYERS).setDefaultValue(DecConfig.DEFAULT_ENCODER_LAYERS)
          .addConstraint(CommonConstraints.GREATER_EQUAL_ONE_INT_LIST).grab(config, b::encoderLayers);
      new EnumParameter<>(DecOptions.ACTIVATION, Activation.class, DecConfig.DEFAULT_ACTIVATION)
          .grab(config, b::activation);
      new EnumParameter<>(DecOptions.SCALING, Scaling.class, DecConfig.DEFAULT_SCALING).grab(config, b::scaling);
      new EnumParameter<>(DecOptions.WEIGHT_INIT, WeightInit.class, DecConfig.DEFAULT_WEIGHT_INIT)
          .grab(config, b::weightInit);
      new EnumParameter<>(DecOptions.PRETRAINING, Pretraining.class, DecConfig.DEFAULT_PRETRAINING)
          .grab(config, b::pretraining);
      steps(config, DecOptions.LAYER_STEPS, DecConfig.DEFAULT_PRETRAIN_LAYER_STEPS, b::pretrainLayerSteps);
      steps(config, DecOptions.PRETRAIN_STEPS, DecConfig.DEFAULT_PRETRAIN_STEPS, b::pretrainSteps);
      new EnumParameter<>(DecOptions.OPTIMIZER, Optimizer.class, DecConfig.DEFAULT_PRETRAIN_OPTIMIZER)
          .grab(config, b::pretrainOptimizer);
      positive(config, DecOptions.PRETRAIN_LR, DecConfig.DEFAULT_PRETRAIN_LEARNING_RATE, b::pretrainLearningRate);
      unit(config, DecOptions.PRETRAIN_MOMENTUM, DecConfig.DEFAULT_PRETRAIN_MOMENTUM, b::pretrainMomentum);
      unit(config, DecOptions.CORRUPTION, DecConfig.DEFAULT_PRETRAIN_CORRUPTION, b::pretrainCorruption);
      new IntParameter(DecOptions.BATCH, DecConfig.DEFAULT_BATCH_SIZE)
          .addConstraint(CommonConstraints.GREATER_EQUAL_ONE_INT).grab(config, b::batchSize);
      positive(config, DecOptions.LR, DecConfig.DEFAULT_LEARNING_RATE, b::learningRate);
      unit(config, DecOptions.MOMENTUM, DecConfig.DEFAULT_MOMENTUM, b::momentum);
      positive(config, DecOptions.ALPHA, DecConfig.DEFAULT_ALPHA, b::alpha);
      new IntParameter(DecOptions.UPDATE_INTERVAL, DecConfig.DEFAULT_UPDATE_INTERVAL)
          .addConstraint(CommonConstraints.GREATER_EQUAL_ONE_INT).grab(config, b::updateInterval);
      unit(config, DecOptions.TOL, DecConfig.DEFAULT_TOLERANCE, b::tolerance);
      steps(config, DecOptions.MAXITER, DecConfig.DEFAULT_MAX_ITERATIONS, b::maxIterations);
      new IntParameter(DecOptions.RESTARTS, DecConfig.DEFAULT_KMEANS_RESTARTS)
          .addConstraint(CommonConstraints.GREATER_EQUAL_ONE_INT).grab(config, b::kmeansRestarts);
      new EnumParameter<>(DecOptions.COLLAPSE_POLICY, CollapsePolicy.class, DecConfig.DEFAULT_COLLAPSE_POLICY)
          .grab(config, b::collapsePolicy);
      new DoubleParameter(DecOptions.COLLAPSE_FRACTION, DecConfig.DEFAULT_COLLAPSE_FRACTION)
          .addConstraint(CommonConstraints.GREATER_EQUAL_ZERO_DOUBLE).addConstraint(new LessEqualConstraint(1.0))
          .grab(config, b::collapseFraction);
      positive(config, DecOptions.GAMMA, DecConfig.DEFAULT_GAMMA, b::gamma);
      positive(config, DecOptions.LAMBDA, DecConfig.DEFAULT_LAMBDA, b::lambda);
      new LongParameter(DecOptions.SEED, DecConfig.DEFAULT_SEED).grab(config, b::seed);
      new Flag(DecOptions.DETERMINISTIC).grab(config, b::deterministic);
    }

    private static void steps(Parameterization config, OptionID id, int def, java.util.function.IntConsumer c) {
      new IntParameter(id, def).addConstraint(new GreaterEqualConstraint(0)).grab(config, c::accept);
    }

    private static void positive(Parameterization config, OptionID id, double def, DoubleConsumer c) {
      new DoubleParameter(id, def).addConstraint(CommonConstraints.GREATER_THAN_ZERO_DOUBLE).grab(config, c::accept);
    }

    /** A share in [0, 1). */
    private static void unit(Parameterization config, OptionID id, double def, DoubleConsumer c) {
      new DoubleParameter(id, def).addConstraint(CommonConstraints.GREATER_EQUAL_ZERO_DOUBLE)
          .addConstraint(new LessConstraint(1.0)).grab(config, c::accept);
    }

    @Override
    public DEC make() {
      return new DEC(b.k(ks[0]).build(), engine, ks, seeds);
    }
  }
}
