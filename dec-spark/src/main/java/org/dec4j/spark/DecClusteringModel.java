package org.dec4j.spark;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.Params;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import scala.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A fitted {@link DecClustering}: a dec4j {@link ClusterModel} as a Spark ML model. {@link #transform} adds the
 * cluster of each row ({@code predictionCol}, an integer 0..k-1, the largest soft assignment) and its soft
 * assignments ({@code probabilityCol}, a vector of k values) by {@code mapPartitions}, with the model broadcast
 * once ({@link SharedModel}). Saved, its directory holds Spark's metadata and the dec4j model file
 * {@value #MODEL_FILE}, which {@code ./dec predict --model} reads as any dec4j model file. The stage is
 * serialisable: it holds the model as the bytes of that file ({@link SharedModel}).
 */
public final class DecClusteringModel extends Model<DecClusteringModel> implements MLWritable,
    DecColumns<DecClusteringModel> {
  /** The dec4j model file in a saved model's directory. */
  public static final String MODEL_FILE = "dec4j-model.zip";
  private static final long serialVersionUID = 1L;
  private final String uid;
  private final DecParams params;
  private final SharedModel model;

  /**
   * @param uid the identifier (the estimator's)
   * @param model the dec4j model
   */
  public DecClusteringModel(String uid, ClusterModel model) {
    this(uid, SharedModel.of(model));
  }

  private DecClusteringModel(String uid, SharedModel model) {
    this.uid = uid;
    this.params = new DecParams(this);
    this.model = model;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Param<?>[] params() {
    return params.all();
  }

  /** @return the dec4j model (immutable) */
  public ClusterModel clusterModel() {
    return model.get();
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType out = transformSchema(dataset.schema(), true);
    Broadcast<SharedModel> shared = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext())
        .broadcast(model);
    int features = Arrays.asList(dataset.schema().fieldNames()).indexOf(getOrDefault(params.featuresCol));
    return dataset.toDF().mapPartitions(new PartitionAssigner(shared, features), Encoders.row(out));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return outputSchema(schema, params, this);
  }

  /**
   * The schema of a stage's output: the input, with the features column checked, and the two columns added.
   *
   * @param schema the input schema
   * @param p the stage's params
   * @param owner the stage
   * @return the output schema
   * @throws IllegalArgumentException if the features column is missing or not a vector, or an output column exists
   */
  static StructType outputSchema(StructType schema, DecParams p, Params owner) {
    String features = owner.getOrDefault(p.featuresCol);
    if (!Arrays.asList(schema.fieldNames()).contains(features)
        || !schema.apply(features).dataType().equals(SQLDataTypes.VectorType())) {
      throw new IllegalArgumentException("column " + features + " must be a vector column (featuresCol)");
    }
    for (Param<String> col : Arrays.asList(p.predictionCol, p.probabilityCol)) {
      if (Arrays.asList(schema.fieldNames()).contains(owner.getOrDefault(col))) {
        throw new IllegalArgumentException("column " + owner.getOrDefault(col) + " already exists (" + col.name()
            + ")");
      }
    }
    StructType out = schema.add(owner.getOrDefault(p.predictionCol), DataTypes.IntegerType, false);
    return out.add(owner.getOrDefault(p.probabilityCol), SQLDataTypes.VectorType(), false);
  }

  @Override
  public DecClusteringModel copy(ParamMap extra) {
    DecClusteringModel copy = new DecClusteringModel(uid, model);
    copyValues(copy, extra);
    return copy.setParent(parent());
  }

  @Override
  public MLWriter write() {
    return new Writer(this);
  }

  /** @return Spark's reader of saved models */
  public static MLReader<DecClusteringModel> read() {
    return new Reader();
  }

  /**
   * @param path where {@code write().save} wrote it
   * @return the model
   */
  public static DecClusteringModel load(String path) {
    return read().load(path);
  }

  /** Writes Spark's metadata (every param) and the dec4j model file. */
  private static final class Writer extends MLWriter {
    private final DecClusteringModel stage;

    Writer(DecClusteringModel stage) {
      this.stage = stage;
    }

    @Override
    public void saveImpl(String path) {
      DefaultParamsWriter.saveMetadata(stage, path, sc(), Option.empty(), Option.empty());
      Path file = new Path(path, MODEL_FILE);
      try (FSDataOutputStream out = file.getFileSystem(sc().hadoopConfiguration()).create(file, true)) {
        out.write(stage.model.file());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Reads what {@link Writer} wrote. */
  private static final class Reader extends MLReader<DecClusteringModel> {
    @Override
    public DecClusteringModel load(String path) {
      DefaultParamsReader.Metadata metadata = DefaultParamsReader.loadMetadata(path, sc(),
          DecClusteringModel.class.getName());
      Path file = new Path(path, MODEL_FILE);
      ClusterModel model;
      try (FSDataInputStream in = file.getFileSystem(sc().hadoopConfiguration()).open(file)) {
        model = Engines.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      DecClusteringModel stage = new DecClusteringModel(metadata.uid(), model);
      metadata.getAndSetParams(stage, Option.empty());
      return stage;
    }
  }
}
