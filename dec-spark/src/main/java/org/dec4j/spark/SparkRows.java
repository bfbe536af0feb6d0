package org.dec4j.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.mllib.clustering.KMeans;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.parallel.PartitionTask;
import org.dec4j.api.parallel.PartitionedRows;
import org.dec4j.api.parallel.RowMap;
import org.dec4j.api.parallel.Shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * A data set's vector column as {@link PartitionedRows} for a data-parallel engine: each partition's vectors are
 * packed once into one float block and cached where they are (memory, spilling to disk; a local checkpoint, so
 * the rounds' tasks do not carry the source's lineage, and an executor lost during the fit fails it); shared
 * values are Spark broadcasts; a task's results are combined by {@code treeAggregate}; k-means is MLlib's
 * (k-means||) on the mapped rows. Nothing of the rows is collected to the driver.
 */
final class SparkRows implements PartitionedRows, AutoCloseable {
  private final JavaSparkContext sc;
  private final JavaRDD<Block> blocks;
  private final long rows;
  private final int cols;
  private final List<String> names;
  private long bytes;

  /** One partition's rows, row-major. */
  record Block(int rows, int cols, float[] x) implements Serializable {
    FloatMatrix matrix() {
      return FloatMatrix.adopt(rows, cols, x);
    }
  }

  private SparkRows(JavaSparkContext sc, JavaRDD<Block> blocks, long rows, int cols, List<String> names) {
    this.sc = sc;
    this.blocks = blocks;
    this.rows = rows;
    this.cols = cols;
    this.names = names;
  }

  /**
   * @param data the data set
   * @param col its vector column
   * @param names the columns' names, or null for c0, c1, ...
   * @param d the vectors' size
   * @return its rows, cached block by block
   * @throws IllegalArgumentException (when the blocks are built) if a vector is missing or of another size
   */
  static SparkRows of(Dataset<?> data, String col, List<String> names, int d) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(data.sparkSession().sparkContext());
    JavaRDD<Block> blocks = data.select(col).javaRDD().mapPartitions((Iterator<Row> it) -> List.of(block(it, col,
        d)).iterator()).persist(StorageLevel.MEMORY_AND_DISK());
    // cut the lineage once the blocks are built: else every task of every round carries its source partition
    // (all of a parallelized collection's rows: 31 MB a task for 5,000 MNIST rows)
    blocks.rdd().localCheckpoint();
    long n = blocks.map(b -> (long) b.rows()).fold(0L, Long::sum);
    return new SparkRows(sc, blocks, n, d, FloatMatrix.of(0, d, new float[0], names).columnNames());
  }

  private static Block block(Iterator<Row> it, String col, int d) {
    float[] x = new float[1024 * d];
    int n = 0;
    while (it.hasNext()) {
      Vector v = it.next().getAs(0);
      if (v == null || v.size() != d) {
        throw new IllegalArgumentException(col + ": every row needs a vector of " + d + " values (got "
            + (v == null ? "none" : v.size() + " values") + ")");
      }
      if ((n + 1) * (long) d > x.length) {
        if ((n + 1) * (long) d > Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException("a partition holds more than " + (Integer.MAX_VALUE - 8) / d + " rows of "
              + d + " values, the most one block can: repartition the data into more partitions");
        }
        x = java.util.Arrays.copyOf(x, (int) Math.min(Integer.MAX_VALUE - 8, 2L * x.length));
      }
      for (int j = 0; j < d; j++) {
        x[n * d + j] = (float) v.apply(j);
      }
      n++;
    }
    return new Block(n, d, java.util.Arrays.copyOf(x, n * d));
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public int cols() {
    return cols;
  }

  @Override
  public int partitions() {
    return blocks.getNumPartitions();
  }

  @Override
  public List<String> columnNames() {
    return names;
  }

  @Override
  public <T extends Serializable> Shared<T> share(T value) {
    bytes += size(value);
    return new Broadcasted<>(sc.broadcast(value));
  }

  /**
   * The partitions' vectors travel up Spark's {@code treeAggregate} tree keyed by partition, and the driver
   * merges them in partition order: floating-point sums depend on their order, and Spark's completes in whatever
   * order the tasks finish, so this keeps a fit repeatable (the same data, partitions and seed give the same
   * model). Each round therefore brings one vector per partition to the driver, as a parameter-averaging
   * master's does.
   */
  @Override
  public double[] aggregate(PartitionTask task) {
    Partials all = blocks.mapPartitionsWithIndex((Integer i, Iterator<Block> it) -> {
      List<Partials> out = new ArrayList<>();
      it.forEachRemaining(b -> out.add(new Partials().add(i, task.run(b.matrix(), i))));
      return out.iterator();
    }, false).treeAggregate(new Partials(), Partials::addAll, Partials::addAll, 2);
    double[] r = new double[0];
    for (double[] v : all.parts.values()) {
      bytes += 8L * v.length;
      r = r.length == 0 ? v : v.length == 0 ? r : task.merge(r, v);
    }
    return r;
  }

  /** Partitions' vectors by partition index. */
  static final class Partials implements Serializable {
    private static final long serialVersionUID = 1L;
    private final TreeMap<Integer, double[]> parts = new TreeMap<>();

    Partials add(int partition, double[] v) {
      parts.merge(partition, v, (a, b) -> a.length == 0 ? b : a);
      return this;
    }

    Partials addAll(Partials other) {
      other.parts.forEach(this::add);
      return this;
    }
  }

  @Override
  public double[] kmeans(RowMap map, int k, int maxIter, long seed) {
    JavaRDD<org.apache.spark.mllib.linalg.Vector> z = blocks.flatMap(b -> {
      FloatMatrix m = map.apply(b.matrix());
      List<org.apache.spark.mllib.linalg.Vector> out = new ArrayList<>(m.rows());
      for (int i = 0; i < m.rows(); i++) {
        float[] r = m.row(i);
        double[] v = new double[r.length];
        for (int j = 0; j < r.length; j++) {
          v[j] = r[j];
        }
        out.add(Vectors.dense(v));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      KMeansModel model = new KMeans().setK(k).setMaxIterations(maxIter).setSeed(seed)
          .setInitializationMode(KMeans.K_MEANS_PARALLEL()).run(z.rdd());
      org.apache.spark.mllib.linalg.Vector[] centres = model.clusterCenters();
      if (centres.length < k) {
        throw new IllegalArgumentException("k-means found only " + centres.length + " distinct latent vectors"
            + " for k = " + k);
      }
      int dim = centres[0].size();
      double[] mu = new double[k * dim];
      for (int j = 0; j < k; j++) {
        System.arraycopy(centres[j].toArray(), 0, mu, j * dim, dim);
      }
      return mu;
    } finally {
      z.unpersist(false);
    }
  }

  @Override
  public long bytesMoved() {
    return bytes;
  }

  /** Drops the cached blocks. */
  @Override
  public void close() {
    blocks.unpersist(false);
  }

  private static long size(Object value) {
    if (value instanceof float[] f) {
      return 4L * f.length;
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(b)) {
      o.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.size();
  }

  /** A broadcast as a {@link Shared} value. */
  private record Broadcasted<T extends Serializable>(Broadcast<T> broadcast) implements Shared<T> {
    @Override
    public T value() {
      return broadcast.value();
    }

    @Override
    public void release() {
      broadcast.destroy();
    }
  }
}
