package org.dec4j.cli.suite;

/**
 * What the report says of a data set: its shape after the data preparation and its classes.
 *
 * @param name the set's name
 * @param rows rows
 * @param features feature columns the methods get (the class column left out, nominal columns expanded), or -1
 *     when the data could not be prepared
 * @param k the number of classes that occur, the K every method is asked for
 * @param classColumn the class column's name
 */
public record DataSetInfo(String name, int rows, int features, int k, String classColumn) {
  /** @return "150 rows x 4 features, K=3, class column 'class'" */
  public String describe() {
    return rows + " rows x " + (features < 0 ? "?" : Integer.toString(features)) + " features, K=" + k
        + ", class column '" + classColumn + "'";
  }
}
