package org.dec4j.api.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Data as a front-end reads them, before any preparation: named columns, each numeric (NaN where a value is
 * missing), nominal (a code per row into the column's declared levels, -1 where missing) or of another type that
 * dec4j cannot cluster on (text, dates), kept so that the preparation can refuse it by name or use it as the class
 * column. Weka's instances, ELKI's relations and files read by the command line all become a table, and one
 * {@link Preparation} turns any table into features the same way.
 */
public final class Table {
  /** Column types. */
  public enum Kind {
    /** Numbers. */
    NUMERIC,
    /** One of a set of named levels. */
    NOMINAL,
    /** Anything else (text, dates): not a feature, but possibly the class column. */
    OTHER
  }

  /**
   * One column.
   *
   * @param name name, unique in the table
   * @param kind type
   * @param numbers numeric: the values, NaN where missing; otherwise null
   * @param levels nominal: the declared levels; otherwise empty
   * @param codes nominal: each row's level index, -1 where missing; otherwise null
   * @param texts other: each row's value as text, null where missing (may itself be null when unknown)
   * @param typeName the type in words ("numeric", "nominal", "string", "date")
   */
  public record Column(String name, Kind kind, double[] numbers, List<String> levels, int[] codes, String[] texts,
      String typeName) {
    /** Copies the level list. */
    public Column {
      levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /**
     * @param name name
     * @param values values, NaN where missing (not copied)
     * @return a numeric column
     */
    public static Column numeric(String name, double[] values) {
      return new Column(name, Kind.NUMERIC, values, List.of(), null, null, "numeric");
    }

    /**
     * @param name name
     * @param levels declared levels
     * @param codes level index per row, -1 where missing (not copied)
     * @return a nominal column
     */
    public static Column nominal(String name, List<String> levels, int[] codes) {
      return new Column(name, Kind.NOMINAL, null, levels, codes, null, "nominal");
    }

    /**
     * @param name name
     * @param typeName its type in words
     * @param texts the values as text, null where missing
     * @return a column of another type
     */
    public static Column other(String name, String typeName, String[] texts) {
      return new Column(name, Kind.OTHER, null, List.of(), null, texts, typeName);
    }

    /** @return number of rows */
    public int rows() {
      return switch (kind) {
        case NUMERIC -> numbers.length;
        case NOMINAL -> codes.length;
        case OTHER -> texts == null ? -1 : texts.length;
      };
    }

    /**
     * @param row row index
     * @return whether the value is missing
     */
    public boolean missing(int row) {
      return switch (kind) {
        case NUMERIC -> Double.isNaN(numbers[row]);
        case NOMINAL -> codes[row] < 0;
        case OTHER -> texts == null || texts[row] == null;
      };
    }

    /**
     * @param row row index
     * @return the value as text (a level's name, a number, the text), or null where missing
     */
    public String text(int row) {
      if (missing(row)) {
        return null;
      }
      return switch (kind) {
        case NUMERIC -> numbers[row] == Math.rint(numbers[row]) && Math.abs(numbers[row]) < 1e15
            ? Long.toString((long) numbers[row]) : Double.toString(numbers[row]);
        case NOMINAL -> levels.get(codes[row]);
        case OTHER -> texts[row];
      };
    }
  }

  private final List<Column> columns;
  private final int rows;

  /**
   * @param rows number of rows
   * @param columns the columns, each with that many rows (or, for {@link Kind#OTHER}, unknown values)
   * @throws IllegalArgumentException if lengths differ or a name repeats
   */
  public Table(int rows, List<Column> columns) {
    Set<String> names = new HashSet<>();
    for (Column c : columns) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("the data have two columns named '" + c.name() + "'");
      }
      if (c.rows() != rows && c.rows() != -1) {
        throw new IllegalArgumentException("column '" + c.name() + "' has " + c.rows() + " rows, the table " + rows);
      }
    }
    this.rows = rows;
    this.columns = List.copyOf(columns);
  }

  /**
   * A table of the matrix's columns, all numeric, under the matrix's column names.
   *
   * @param m a matrix
   * @return the table
   */
  public static Table of(FloatMatrix m) {
    List<Column> cols = new ArrayList<>();
    for (int j = 0; j < m.cols(); j++) {
      double[] v = new double[m.rows()];
      for (int i = 0; i < v.length; i++) {
        v[i] = m.get(i, j);
      }
      cols.add(Column.numeric(m.columnNames().get(j), v));
    }
    return new Table(m.rows(), cols);
  }

  /** @return number of rows */
  public int rows() {
    return rows;
  }

  /** @return the columns in order (read-only) */
  public List<Column> columns() {
    return columns;
  }

  /**
   * @param name a column name
   * @return the column, or null if the table has none of that name
   */
  public Column column(String name) {
    for (Column c : columns) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** @return the column names in order */
  public List<String> names() {
    return columns.stream().map(Column::name).toList();
  }
}
