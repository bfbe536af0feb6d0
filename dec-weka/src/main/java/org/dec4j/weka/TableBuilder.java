package org.dec4j.weka;

import org.dec4j.api.data.Table;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Table} of {@link WekaTables#of(Instances)} from rows given one at a time, as a reader takes
 * them from a file, so that the rows need never be held together as Weka's instances: each value goes straight
 * into its column, which grows in chunks ({@code Chunks}) and becomes one array at {@link #build()}. The data are
 * in memory about once while reading (as doubles, level codes or texts) instead of twice.
 */
public final class TableBuilder {
  private final List<ColumnBuilder> columns = new ArrayList<>();
  private int rows;

  /** @param header the attributes the rows will have (no rows needed) */
  public TableBuilder(Instances header) {
    for (int a = 0; a < header.numAttributes(); a++) {
      columns.add(new ColumnBuilder(header.attribute(a)));
    }
  }

  /**
   * Takes one row's values.
   *
   * @param row a row with the header's attributes
   */
  public void add(Instance row) {
    for (ColumnBuilder c : columns) {
      c.add(row);
    }
    rows++;
  }

  /** @return the rows taken so far */
  public int rows() {
    return rows;
  }

  /**
   * Makes the table of the rows taken. A builder is used once: it lets go of its rows column by column while the
   * table's columns are made.
   *
   * @return every attribute a column, every row taken a row
   */
  public Table build() {
    List<Table.Column> out = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      out.add(columns.get(c).build());
      columns.set(c, null);
    }
    return new Table(rows, out);
  }
}
