package org.dec4j.spark;

import org.apache.spark.ml.attribute.Attribute;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dec4j.api.data.FloatMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows {@link DecClustering} fits on the driver: all of them, in the data set's order, when there are at most
 * {@code maxRows}; else a uniform sample of exactly {@code maxRows} rows without replacement, drawn by Spark's
 * {@code takeSample} with the run's seed (so the same seed and data give the same sample). Only the features
 * column travels to the driver. Column names come from the vector column's ML attributes where it has them (a
 * {@code VectorAssembler} names them after its input columns), so a saved model reads files by those names.
 */
final class FitSample {
  private FitSample() {
  }

  /**
   * @param data the data set
   * @param col its vector column
   * @param maxRows most rows taken
   * @param seed sampling seed
   * @return the rows, one per vector
   * @throws IllegalArgumentException if the vectors differ in size or a value is missing
   */
  static FloatMatrix take(Dataset<?> data, String col, int maxRows, long seed) {
    Dataset<Row> features = data.select(col);
    long n = features.count();
    List<Row> rows = n <= maxRows ? features.collectAsList() : features.javaRDD().takeSample(false, maxRows, seed);
    int d = rows.isEmpty() ? 0 : rows.get(0).<Vector>getAs(0).size();
    float[] x = new float[rows.size() * d];
    int at = 0;
    for (Row r : rows) {
      Vector v = r.getAs(0);
      if (v == null || v.size() != d) {
        throw new IllegalArgumentException(col + ": every row needs a vector of " + d + " values (got "
            + (v == null ? "none" : v.size() + " values") + ")");
      }
      for (int j = 0; j < d; j++) {
        x[at++] = (float) v.apply(j);
      }
    }
    return FloatMatrix.of(rows.size(), d, x, names(features, col, d));
  }

  /**
   * @param data the data set
   * @param col its vector column
   * @return the size of its first vector (0 without rows)
   */
  static int size(Dataset<?> data, String col) {
    List<Row> first = data.select(col).limit(1).collectAsList();
    if (first.isEmpty()) {
      return 0;
    }
    Vector v = first.get(0).getAs(0);
    if (v == null) {
      throw new IllegalArgumentException(col + ": every row needs a vector (the first has none)");
    }
    return v.size();
  }

  /** The names of the column's ML attributes, or null where it has none (c0, c1, ... in the model). */
  static List<String> names(Dataset<Row> features, String col, int d) {
    AttributeGroup group = AttributeGroup.fromStructField(features.schema().apply(col));
    if (group.attributes().isEmpty() || group.size() != d) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Attribute a : group.attributes().get()) {
      if (a.name().isEmpty()) {
        return null;
      }
      names.add(a.name().get());
    }
    return names;
  }
}
