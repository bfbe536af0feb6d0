package org.dec4j.engine.core;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.parallel.PartitionTask;
import org.dec4j.api.parallel.PartitionedRows;
import org.dec4j.api.parallel.RowMap;
import org.dec4j.api.parallel.Shared;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.engine.init.KMeansInitializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@link PartitionedRows} without a cluster, for tests: contiguous slices of a matrix, each task and shared value
 * sent through Java serialisation as a cluster would send them, the partitions run one after the other and merged
 * in order, k-means by k-means++ on the mapped rows gathered here.
 */
final class InMemoryRows implements PartitionedRows {
  private final FloatMatrix[] parts;
  private final FloatMatrix all;
  private long bytes;

  InMemoryRows(FloatMatrix x, int partitions) {
    this.all = x;
    this.parts = new FloatMatrix[partitions];
    for (int p = 0; p < partitions; p++) {
      int from = (int) ((long) x.rows() * p / partitions);
      int to = (int) ((long) x.rows() * (p + 1) / partitions);
      int[] rows = java.util.stream.IntStream.range(from, to).toArray();
      parts[p] = x.selectRows(rows);
    }
  }

  @Override
  public long rows() {
    return all.rows();
  }

  @Override
  public int cols() {
    return all.cols();
  }

  @Override
  public int partitions() {
    return parts.length;
  }

  @Override
  public List<String> columnNames() {
    return all.columnNames();
  }

  @Override
  public <T extends Serializable> Shared<T> share(T value) {
    T copy = roundTrip(value);
    return new Held<>(copy);
  }

  @Override
  public double[] aggregate(PartitionTask task) {
    double[] r = new double[0];
    for (int p = 0; p < parts.length; p++) {
      double[] v = roundTrip(task).run(parts[p], p);
      bytes += 8L * v.length;
      r = r.length == 0 ? v : v.length == 0 ? r : task.merge(r, v);
    }
    return r;
  }

  @Override
  public double[] kmeans(RowMap map, int k, int maxIter, long seed) {
    RowMap m = roundTrip(map);
    FloatMatrix first = m.apply(parts[0]);
    int dim = first.cols();
    double[] z = new double[all.rows() * dim];
    int at = 0;
    for (FloatMatrix part : parts) {
      FloatMatrix y = m.apply(part);
      for (int i = 0; i < y.rows(); i++) {
        for (int j = 0; j < dim; j++) {
          z[at++] = y.get(i, j);
        }
      }
    }
    return new KMeansInitializer().initialize(z, all.rows(), dim, k, 3, seed, CancellationToken.create())
        .centroids();
  }

  @Override
  public long bytesMoved() {
    return bytes;
  }

  @SuppressWarnings("unchecked")
  private <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (ObjectOutputStream o = new ObjectOutputStream(b)) {
        o.writeObject(value);
      }
      bytes += b.size();
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException("not serialisable: " + value.getClass().getName(), e));
    }
  }

  /** A value held, as a worker's copy of a broadcast. */
  private record Held<T extends Serializable>(T value) implements Shared<T> {
    @Override
    public void release() {
    }
  }
}
