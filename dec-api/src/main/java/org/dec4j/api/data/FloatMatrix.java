package org.dec4j.api.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable dense matrix of floats in row-major order, with optional column names. It is what engines fit
 * and what models apply to: rows are observations, columns are features.
 */
public final class FloatMatrix {
  private final int rows;
  private final int cols;
  private final float[] data;
  private final List<String> columnNames;

  private FloatMatrix(int rows, int cols, float[] data, List<String> columnNames) {
    this.rows = rows;
    this.cols = cols;
    this.data = data;
    this.columnNames = columnNames;
  }

  /**
   * Wraps a row-major array (copied).
   *
   * @param rows number of rows
   * @param cols number of columns
   * @param rowMajor values, row after row
   * @return the matrix with columns named c0, c1, ...
   */
  public static FloatMatrix of(int rows, int cols, float[] rowMajor) {
    return of(rows, cols, rowMajor, null);
  }

  /**
   * Wraps a row-major array (copied) and names its columns.
   *
   * @param rows number of rows
   * @param cols number of columns
   * @param rowMajor values, row after row
   * @param names column names, or null for c0, c1, ...
   * @return the matrix
   */
  public static FloatMatrix of(int rows, int cols, float[] rowMajor, List<String> names) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("negative shape " + rows + " x " + cols);
    }
    if (rowMajor.length != (long) rows * cols) {
      throw new IllegalArgumentException("expected " + rows + " x " + cols + " = " + ((long) rows * cols)
          + " values, got " + rowMajor.length);
    }
    return new FloatMatrix(rows, cols, rowMajor.clone(), names(cols, names));
  }

  /**
   * Copies a rectangular double array.
   *
   * @param values rows of equal length
   * @return the matrix
   */
  public static FloatMatrix of(double[][] values) {
    int n = values.length;
    int d = n == 0 ? 0 : values[0].length;
    float[] a = new float[n * d];
    for (int i = 0; i < n; i++) {
      if (values[i].length != d) {
        throw new IllegalArgumentException("row " + i + " has " + values[i].length + " values, row 0 has " + d);
      }
      for (int j = 0; j < d; j++) {
        a[i * d + j] = (float) values[i][j];
      }
    }
    return new FloatMatrix(n, d, a, names(d, null));
  }

  /**
   * Takes ownership of an array without copying; for engines that have just computed it.
   *
   * @param rows number of rows
   * @param cols number of columns
   * @param rowMajor values, not to be changed afterwards by the caller
   * @return the matrix
   */
  public static FloatMatrix adopt(int rows, int cols, float[] rowMajor) {
    if (rowMajor.length != (long) rows * cols) {
      throw new IllegalArgumentException("expected " + ((long) rows * cols) + " values, got " + rowMajor.length);
    }
    return new FloatMatrix(rows, cols, rowMajor, names(cols, null));
  }

  private static List<String> names(int cols, List<String> given) {
    if (given != null) {
      if (given.size() != cols) {
        throw new IllegalArgumentException(given.size() + " column names for " + cols + " columns");
      }
      return Collections.unmodifiableList(new ArrayList<>(given));
    }
    List<String> l = new ArrayList<>(cols);
    for (int j = 0; j < cols; j++) {
      l.add("c" + j);
    }
    return Collections.unmodifiableList(l);
  }

  /** @return number of rows */
  public int rows() {
    return rows;
  }

  /** @return number of columns */
  public int cols() {
    return cols;
  }

  /** @return column names (read-only) */
  public List<String> columnNames() {
    return columnNames;
  }

  /**
   * @param r row
   * @param c column
   * @return the value
   */
  public float get(int r, int c) {
    return data[r * cols + c];
  }

  /** @param r row @return a copy of that row */
  public float[] row(int r) {
    return Arrays.copyOfRange(data, r * cols, (r + 1) * cols);
  }

  /** @return a copy of the values in row-major order */
  public float[] toArray() {
    return data.clone();
  }

  /**
   * Copies the values into {@code dest} starting at {@code offset}, without allocating.
   *
   * @param dest destination
   * @param offset where row 0 starts in dest
   */
  public void copyTo(float[] dest, int offset) {
    System.arraycopy(data, 0, dest, offset, data.length);
  }

  /** @return the same values with other column names */
  public FloatMatrix withColumnNames(List<String> names) {
    return new FloatMatrix(rows, cols, data, names(cols, names));
  }

  /**
   * Selects rows (a copy).
   *
   * @param index row numbers, in the order wanted
   * @return the selected rows
   */
  public FloatMatrix selectRows(int[] index) {
    float[] a = new float[index.length * cols];
    for (int i = 0; i < index.length; i++) {
      System.arraycopy(data, index[i] * cols, a, i * cols, cols);
    }
    return new FloatMatrix(index.length, cols, a, columnNames);
  }

  /**
   * Checks that every value is finite.
   *
   * @return this
   * @throws IllegalArgumentException naming the first row (0-based) and column holding NaN or infinity
   */
  public FloatMatrix requireFinite() {
    for (int i = 0; i < data.length; i++) {
      if (!Float.isFinite(data[i])) {
        int r = i / cols;
        int c = i % cols;
        throw new IllegalArgumentException("row " + r + ", column " + (c + 1) + " ('" + columnNames.get(c)
            + "') holds " + data[i] + "; every value must be a finite number");
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return "FloatMatrix[" + rows + " x " + cols + "]";
  }
}
