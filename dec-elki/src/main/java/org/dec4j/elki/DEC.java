package org.dec4j.elki;

import elki.clustering.ClusteringAlgorithm;
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
import elki.utilities.exceptions.AbortException;
import elki.utilities.optionhandling.Parameterizer;
import elki.utilities.optionhandling.WrongParameterValueException;
import elki.utilities.optionhandling.constraints.CommonConstraints;
import elki.utilities.optionhandling.constraints.GreaterEqualConstraint;
import elki.utilities.optionhandling.constraints.ListEachNumberConstraint;
import elki.utilities.optionhandling.parameterization.Parameterization;
import elki.utilities.optionhandling.parameters.IntListParameter;
import elki.utilities.optionhandling.parameters.IntParameter;
import org.dec4j.api.Citations;
import org.dec4j.api.LibraryNoise;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.data.Table;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelReport;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.select.KRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Deep Embedded Clustering for ELKI: clusters a numeric relation with the dec4j engine named by {@code dec.engine}.
 * The vectors, under the relation's column labels, go through the same data preparation and clustering as the
 * command line's and Weka's ({@link TableClusterer}), so the same numeric data and settings give the same clusters.
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

  static {
    // ELKI routes java.util.logging into its log: keep ND4J's and netlib's start-up lines out of it
    LibraryNoise.quiet();
  }

  /** Type of the soft-assignment relation attached to the result. */
  public static final SimpleTypeInformation<double[]> SOFT_TYPE = new SimpleTypeInformation<>(double[].class);
  /** Name of the soft-assignment relation. */
  public static final String SOFT_NAME = "DEC Soft Assignments";
  /** Name of the latent-embedding relation. */
  public static final String EMBEDDING_NAME = "DEC Latent Embedding";

  /** Name of the per-cluster profile result. */
  public static final String PROFILES_NAME = "DEC Cluster Profiles";

  private final DecConfig config;
  private final KRequest k;

  /**
   * @param config configuration, its engine included
   * @param k the K to use, or candidates to choose among ({@link org.dec4j.api.select.KSelector})
   */
  public DEC(DecConfig config, KRequest k) {
    this.config = config;
    this.k = k;
  }

  /** @return the configuration */
  public DecConfig config() {
    return config;
  }

  /** @return the requested K */
  public KRequest k() {
    return k;
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
    int d = RelationUtil.dimensionality(relation);
    double[][] x = new double[ids.size()][d];
    DBIDArrayIter it = ids.iter();
    for (int i = 0; it.valid(); it.advance(), i++) {
      NumberVector v = relation.get(it);
      for (int j = 0; j < d; j++) {
        x[i][j] = v.doubleValue(j);
      }
    }
    String key = getClass().getName();
    TableClusterer.Result r;
    try {
      r = TableClusterer.fit(table(x, columnNames(relation, d)), null, k, config, new ElkiProgress(LOG, key),
          CancellationToken.create());
    } catch (IllegalArgumentException e) {
      // data the settings cannot fit (K above the number of objects, a column without values): ELKI's abort,
      // which its command line prints as one line
      throw new AbortException("DEC: " + e.getMessage(), e);
    }
    FitResult fit = r.fit();
    if (r.selection() != null) {
      LOG.verbose("DEC chose K:\n" + r.selection().text());
      if (LOG.isStatistics()) {
        LOG.statistics(new LongStatistic(key + ".k.chosen", r.selection().recommendation().k()));
      }
    }
    Clustering<KMeansModel> result = ClusterModels.of(fit.labels(), ids, x, fit.model().k(), LOG);
    Metadata.of(result).setLongName("DEC Clustering");
    attachSoftAndLatent(result, fit, ids);
    List<String> profiles = List.of(r.profiles(0).text(false).split("\\R"));
    CollectionResult<String> profileResult = new CollectionResult<>(profiles);
    Metadata.of(profileResult).setLongName(PROFILES_NAME);
    Metadata.hierarchyOf(result).addChild(profileResult);
    if (LOG.isVerbose()) {
      LOG.verbose("DEC clusters:\n" + String.join("\n", profiles));
      LOG.verbose("DEC model:\n" + ModelReport.text(fit.model()));
    }
    statistics(key, fit.model().summary());
    return result;
  }

  /** The relation's column labels (ARFF attribute names), or c0, c1, ... where it has none. */
  private static List<String> columnNames(Relation<? extends NumberVector> relation, int d) {
    List<String> names = new ArrayList<>();
    SimpleTypeInformation<?> type = relation.getDataTypeInformation();
    for (int j = 0; j < d; j++) {
      String label = type instanceof VectorFieldTypeInformation<?> v ? v.getLabel(j) : null;
      names.add(label == null || label.isBlank() || names.contains(label) ? "c" + j : label);
    }
    return names;
  }

  private static Table table(double[][] x, List<String> names) {
    List<Table.Column> columns = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      double[] v = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        v[i] = x[i][j];
      }
      columns.add(Table.Column.numeric(names.get(j), v));
    }
    return new Table(x.length, columns);
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
      latent.put(it, new LatentVector(toDouble(z.row(i))));
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
    if (s.effect() != null) {
      LOG.statistics(new DoubleStatistic(key + ".refine.moved-from-start", s.effect().changedShare()));
      LOG.statistics(new DoubleStatistic(key + ".silhouette.start", s.effect().silhouetteBefore()));
      LOG.statistics(new DoubleStatistic(key + ".silhouette.end", s.effect().silhouetteAfter()));
    }
  }

  @Override
  public String toString() {
    return "DEC(" + k + ", " + config + ")";
  }

  /**
   * Reads ELKI parameters: the number of clusters ({@code dec.k}, one or several; without it K is chosen among
   * 2..{@code dec.kmax}) and every dec4j setting from its one declaration ({@link DecOptions}).
   */
  public static class Par implements Parameterizer {
    private final DecConfig.Builder b = DecConfig.builder();
    private int[] ks;
    private int seeds = KRequest.DEFAULT_SEEDS;

    @Override
    public void configure(Parameterization config) {
      new IntListParameter(DecOptions.K).setOptional(true)
          .addConstraint(new ListEachNumberConstraint<int[]>(new GreaterEqualConstraint(2))).grab(config, x -> ks = x);
      if (ks == null) {
        new IntParameter(DecOptions.KMAX, KRequest.DEFAULT_MAX).addConstraint(new GreaterEqualConstraint(2))
            .grab(config, x -> ks = java.util.stream.IntStream.rangeClosed(2, x).toArray());
      }
      if (ks == null || ks.length > 1) {
        new IntParameter(DecOptions.SELECTION_SEEDS, KRequest.DEFAULT_SEEDS)
            .addConstraint(CommonConstraints.GREATER_EQUAL_ONE_INT).grab(config, x -> seeds = x);
      }
      DecOptions.grabAll(config, b);
      try {
        b.build();
      } catch (IllegalArgumentException e) {
        config.reportError(new WrongParameterValueException(e.getMessage()));
      }
    }

    @Override
    public DEC make() {
      return new DEC(b.build(), new KRequest(ks, ks.length > 1 ? seeds : 1));
    }
  }
}
