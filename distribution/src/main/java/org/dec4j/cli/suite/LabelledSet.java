package org.dec4j.cli.suite;

import org.dec4j.api.data.Table;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A data set with known classes: a file whose last column is nominal. That column is the class, never a feature,
 * and K is the number of its levels that occur in the rows (a declared level no row has is not a cluster to find).
 *
 * @param name the file's name without {@code .arff} or {@code .arff.gz}
 * @param file the file
 * @param table its data, every column
 * @param classColumn the class column's name (the last column)
 * @param k the number of classes that occur
 */
public record LabelledSet(String name, Path file, Table table, String classColumn, int k) {
  /**
   * @param name the set's name
   * @param file the file it was read from
   * @param table its data
   * @return the set, or null if the last column is not nominal
   */
  public static LabelledSet of(String name, Path file, Table table) {
    if (table.columns().isEmpty()) {
      return null;
    }
    Table.Column last = table.columns().get(table.columns().size() - 1);
    if (last.kind() != Table.Kind.NOMINAL) {
      return null;
    }
    int k = (int) Arrays.stream(last.codes()).filter(c -> c >= 0).distinct().count();
    return new LabelledSet(name, file, table, last.name(), k);
  }

  /** @return the number of rows */
  public int rows() {
    return table.rows();
  }
}
