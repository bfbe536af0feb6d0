package org.dec4j.api.parallel;

import org.dec4j.api.data.FloatMatrix;

import java.io.Serializable;
import java.util.List;

/**
 * Rows spread over partitions, as a data-parallel engine sees them: it can send a value to every worker, run a
 * task on every partition and combine the results, and run k-means on mapped rows; it never receives the rows.
 */
public interface PartitionedRows {
  /** @return number of rows in all partitions */
  long rows();

  /** @return number of columns */
  int cols();

  /** @return number of partitions, the workers of one round */
  int partitions();

  /** @return the columns' names */
  List<String> columnNames();

  /**
   * @param value a value every task of the next rounds reads
   * @param <T> its type
   * @return its handle, to put in tasks
   */
  <T extends Serializable> Shared<T> share(T value);

  /**
   * Runs the task on every partition and combines the results by its {@link PartitionTask#merge} in a tree.
   *
   * @param task the task
   * @return the combination of all partitions' vectors
   */
  double[] aggregate(PartitionTask task);

  /**
   * k-means with k-means|| seeding (Bahmani et al., VLDB 2012) on the rows mapped by {@code map}, computed where
   * the rows are.
   *
   * @param map rows to the vectors clustered
   * @param k clusters
   * @param maxIter most Lloyd iterations
   * @param seed seed
   * @return the centroids, k x the mapped size, row-major
   */
  double[] kmeans(RowMap map, int k, int maxIter, long seed);

  /** @return the bytes {@link #share} and {@link #aggregate} moved so far (values sent plus results returned) */
  long bytesMoved();
}
