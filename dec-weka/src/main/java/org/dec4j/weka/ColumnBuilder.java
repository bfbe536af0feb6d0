package org.dec4j.weka;

import org.dec4j.api.data.Table;
import weka.core.Attribute;
import weka.core.Instance;

import java.util.ArrayList;
import java.util.List;

/**
 * One attribute's values as a {@link Table.Column}, taken a row at a time: a numeric attribute as numbers (NaN
 * where missing), a nominal one as level codes (-1 where missing) under its declared levels, a string or date
 * attribute as text (null where missing) under Weka's type name, a relational one as a column of that type without
 * values.
 */
final class ColumnBuilder {
  private final Attribute att;
  private final Chunks<double[]> numbers;
  private final Chunks<int[]> codes;
  private final Chunks<String[]> texts;

  /** @param att the attribute, with the header the rows will have */
  ColumnBuilder(Attribute att) {
    this.att = att;
    boolean text = att.isString() || att.isDate();
    numbers = att.isNumeric() && !att.isDate() ? new Chunks<>(double[]::new) : null;
    codes = att.isNominal() ? new Chunks<>(int[]::new) : null;
    texts = text ? new Chunks<>(String[]::new) : null;
  }

  /**
   * Takes the attribute's value in a row. A string value is taken as the row's own, so the row may be read
   * before the next one replaces the attribute's current string.
   *
   * @param row a row with this attribute's header
   */
  void add(Instance row) {
    boolean missing = row.isMissing(att);
    if (codes != null) {
      int slot = codes.claim();
      codes.current()[slot] = missing ? -1 : (int) row.value(att);
    } else if (numbers != null) {
      int slot = numbers.claim();
      numbers.current()[slot] = missing ? Double.NaN : row.value(att);
    } else if (texts != null) {
      int slot = texts.claim();
      texts.current()[slot] = missing ? null : row.stringValue(att);
    }
  }

  /**
   * Makes the column of the rows taken so far and lets go of them.
   *
   * @return the column
   */
  Table.Column build() {
    if (codes != null) {
      List<String> levels = new ArrayList<>();
      for (int l = 0; l < att.numValues(); l++) {
        levels.add(att.value(l));
      }
      return Table.Column.nominal(att.name(), levels, codes.toArray());
    }
    if (numbers != null) {
      return Table.Column.numeric(att.name(), numbers.toArray());
    }
    return Table.Column.other(att.name(), Attribute.typeToString(att), texts == null ? null : texts.toArray());
  }
}
