package org.dec4j.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.attribute.Attribute;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.attribute.NumericAttribute;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

import java.util.ArrayList;
import java.util.List;

/**
 * A dec4j engine run through Spark ML, for a front-end that holds its rows in memory (the command line's
 * {@code cluster --spark}): the rows become a Spark data set of the given number of partitions (contiguous slices,
 * in order, the column names as the vector's ML attributes), {@link DecClustering} fits it, and its model's
 * {@code transform} assigns them. So the fit is what {@link DecClustering} does (data-parallel for dec, idec and
 * ae-kmeans, on the driver for the others, see there) and the assignment is distributed. The engine is named as
 * the one it runs, whose settings it reads.
 */
public final class SparkEngine implements ClusteringEngine, AutoCloseable {
  /** Optimizer steps each partition runs between two averagings, unless given ({@link DecClustering#setLocalSteps}). */
  public static final int DEFAULT_LOCAL_STEPS = 20;
  private final SparkSession spark;
  private final int partitions;
  private int localSteps = DEFAULT_LOCAL_STEPS;
  private final String engine;
  private final boolean ownSession;

  /**
   * @param spark the session
   * @param partitions partitions of the data set
   * @param engine the engine run, by name
   * @throws IllegalArgumentException if no engine has that name or partitions is below 1
   */
  public SparkEngine(SparkSession spark, int partitions, String engine) {
    this(spark, partitions, engine, false);
  }

  private SparkEngine(SparkSession spark, int partitions, String engine, boolean ownSession) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1 (got " + partitions + ")");
    }
    this.spark = spark;
    this.partitions = partitions;
    this.engine = Engines.get(engine).name();
    this.ownSession = ownSession;
  }

  /**
   * Starts a session of its own, which {@link #close} stops. A caller that names no Spark type (the command line)
   * can use this without Spark at compile time.
   *
   * @param master Spark's master URL ("local[2]", "yarn", ...)
   * @param partitions partitions of the data set
   * @param engine the engine run, by name
   * @return the engine
   * @throws IllegalArgumentException if no engine has that name or partitions is below 1
   */
  public static SparkEngine start(String master, int partitions, String engine) {
    Engines.get(engine);
    SparkSession session = SparkSession.builder().master(master).appName("dec4j").config("spark.ui.enabled",
        "false").getOrCreate();
    return new SparkEngine(session, partitions, engine, true);
  }

  /**
   * @param steps optimizer steps each partition runs between two averagings of a data-parallel fit
   * @return this
   * @throws IllegalArgumentException if below 1
   */
  public SparkEngine localSteps(int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("local steps must be at least 1 (got " + steps + ")");
    }
    this.localSteps = steps;
    return this;
  }

  /** Stops the session if {@link #start} started it. */
  @Override
  public void close() {
    if (ownSession) {
      spark.stop();
    }
  }

  @Override
  public String name() {
    return engine;
  }

  @Override
  public String description() {
    return Engines.get(engine).description() + " Fitted through Spark ML (dec-spark) on " + partitions
        + " partitions.";
  }

  @Override
  public FitResult fit(FloatMatrix data, int k, DecConfig config, TrainingListener listener,
      CancellationToken cancel) {
    ClusteringEngine.checkK(k, data.rows());
    Dataset<Row> rows = dataset(data);
    DecClusteringModel model = new DecClustering().setConfig(config).setK(k).setFitSampleRows(Math.max(2,
        data.rows())).setLocalSteps(localSteps).fit(rows, listener, cancel);
    List<Row> assigned = model.transform(rows).select("prediction", "probability").collectAsList();
    int[] labels = new int[assigned.size()];
    float[] q = new float[assigned.size() * k];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = assigned.get(i).getInt(0);
      double[] qi = assigned.get(i).<Vector>getAs(1).toArray();
      for (int j = 0; j < k; j++) {
        q[i * k + j] = (float) qi[j];
      }
    }
    ClusterModel m = model.clusterModel();
    return new FitResult(m, labels, FloatMatrix.adopt(labels.length, k, q), m.embed(data));
  }

  private Dataset<Row> dataset(FloatMatrix data) {
    List<Row> list = new ArrayList<>(data.rows());
    for (int i = 0; i < data.rows(); i++) {
      float[] r = data.row(i);
      double[] v = new double[r.length];
      for (int j = 0; j < r.length; j++) {
        v[j] = r[j];
      }
      list.add(RowFactory.create(Vectors.dense(v)));
    }
    Attribute[] names = new Attribute[data.cols()];
    for (int j = 0; j < names.length; j++) {
      names[j] = NumericAttribute.defaultAttr().withName(data.columnNames().get(j));
    }
    StructType schema = DataTypes.createStructType(List.of(DataTypes.createStructField("features",
        SQLDataTypes.VectorType(), false, new AttributeGroup("features", names).toMetadata())));
    return spark.createDataFrame(new JavaSparkContext(spark.sparkContext()).parallelize(list, partitions), schema);
  }

  @Override
  public ClusterModel read(ModelArchive archive) throws ModelFormatException {
    return Engines.read(archive);
  }
}
