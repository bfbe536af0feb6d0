package org.dec4j.spark;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.ClusterModel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Assigns the rows of one partition with the broadcast model, {@value #BLOCK} rows at a time: each output row is
 * the input row followed by its cluster (the largest soft assignment) and its soft assignments q_i. Rows stream
 * through; a partition is never held whole.
 */
final class PartitionAssigner implements MapPartitionsFunction<Row, Row> {
  /** Rows assigned in one call of the model. */
  static final int BLOCK = 1024;
  private static final long serialVersionUID = 1L;
  private final Broadcast<SharedModel> model;
  private final int featuresIndex;

  /**
   * @param model the broadcast model
   * @param featuresIndex position of the vector column in the rows
   */
  PartitionAssigner(Broadcast<SharedModel> model, int featuresIndex) {
    this.model = model;
    this.featuresIndex = featuresIndex;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ClusterModel m = model.value().get();
    ArrayDeque<Row> ready = new ArrayDeque<>();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (ready.isEmpty() && rows.hasNext()) {
          assignBlock(m, rows, ready);
        }
        return !ready.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.poll();
      }
    };
  }

  private void assignBlock(ClusterModel m, Iterator<Row> rows, ArrayDeque<Row> ready) {
    List<Row> block = new ArrayList<>(BLOCK);
    while (block.size() < BLOCK && rows.hasNext()) {
      block.add(rows.next());
    }
    int d = m.inputDimension();
    float[] x = new float[block.size() * d];
    for (int i = 0; i < block.size(); i++) {
      Vector v = block.get(i).getAs(featuresIndex);
      if (v.size() != d) {
        throw new IllegalArgumentException("the model reads vectors of " + d + " values, got " + v.size());
      }
      for (int j = 0; j < d; j++) {
        x[i * d + j] = (float) v.apply(j);
      }
    }
    FloatMatrix q = m.softAssignments(FloatMatrix.adopt(block.size(), d, x));
    int[] cluster = ClusterModel.argmaxRows(q);
    for (int i = 0; i < block.size(); i++) {
      Row r = block.get(i);
      Object[] values = new Object[r.length() + 2];
      for (int c = 0; c < r.length(); c++) {
        values[c] = r.get(c);
      }
      double[] qi = new double[q.cols()];
      for (int j = 0; j < qi.length; j++) {
        qi[j] = q.get(i, j);
      }
      values[r.length()] = cluster[i];
      values[r.length() + 1] = Vectors.dense(qi);
      ready.add(RowFactory.create(values));
    }
  }
}
