package org.dec4j.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dec4j.api.data.FloatMatrix;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The digits data (1,797 rows of 64 pixel columns, the class last), read with Weka's ArffLoader: as a dec4j
 * matrix for the single-machine run, and as a Spark data set in a given number of partitions (contiguous slices in
 * file order) with a {@code features} column assembled from the 64 columns by their ARFF names.
 */
final class Digits {
  static final Path FILE = Path.of("..", "data", "digits.arff.gz");
  final List<String> names = new ArrayList<>();
  final double[][] rows;
  final int[] classes;

  Digits() {
    Instances data = read();
    int d = data.numAttributes() - 1;
    for (int j = 0; j < d; j++) {
      names.add(data.attribute(j).name());
    }
    rows = new double[data.numInstances()][d];
    classes = new int[data.numInstances()];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < d; j++) {
        rows[i][j] = data.instance(i).value(j);
      }
      classes[i] = (int) data.instance(i).value(d);
    }
  }

  private static Instances read() {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(FILE))) {
      ArffLoader loader = new ArffLoader();
      loader.setSource(in);
      return loader.getDataSet();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the file's rows as Weka reads them, the class attribute removed */
  Instances instancesWithoutClass() {
    Instances data = read();
    data.deleteAttributeAt(data.numAttributes() - 1);
    return data;
  }

  /** @return the rows as dec4j reads them, columns named as in the file */
  FloatMatrix matrix() {
    return FloatMatrix.of(rows).withColumnNames(names);
  }

  /**
   * @param spark the session
   * @param partitions how many
   * @return the rows with a features column, in file order
   */
  Dataset<Row> dataset(SparkSession spark, int partitions) {
    return assembler().transform(table(spark, partitions)).select("features");
  }

  /** @return the assembler of the 64 columns into {@code features} */
  VectorAssembler assembler() {
    return new VectorAssembler().setInputCols(names.toArray(new String[0])).setOutputCol("features");
  }

  /**
   * @param spark the session
   * @param partitions how many
   * @return the 64 columns, in file order
   */
  Dataset<Row> table(SparkSession spark, int partitions) {
    List<StructField> fields = new ArrayList<>();
    for (String n : names) {
      fields.add(DataTypes.createStructField(n, DataTypes.DoubleType, false));
    }
    List<Row> list = new ArrayList<>();
    for (double[] r : rows) {
      Object[] v = new Object[r.length];
      for (int j = 0; j < r.length; j++) {
        v[j] = r[j];
      }
      list.add(RowFactory.create(v));
    }
    return spark.createDataFrame(new JavaSparkContext(spark.sparkContext()).parallelize(list, partitions),
        DataTypes.createStructType(fields));
  }
}
