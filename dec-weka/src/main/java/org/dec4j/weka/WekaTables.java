package org.dec4j.weka;

import org.dec4j.api.data.Table;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;

/**
 * Weka's instances as a dec4j {@link Table}: numeric attributes as numbers, nominal ones as their levels by name,
 * string, date and relational attributes as columns of another type (the preparation refuses them as features by
 * name, and may use one as the class column). Missing values stay missing. What both the Weka clusterer and the
 * command line (which reads files with Weka's loaders) hand to the one {@link org.dec4j.api.data.Preparation}.
 */
public final class WekaTables {
  private WekaTables() {
  }

  /**
   * @param data instances
   * @return the same data as a table, every attribute a column
   */
  public static Table of(Instances data) {
    int n = data.numInstances();
    List<Table.Column> columns = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      columns.add(column(data, data.attribute(a), n));
    }
    return new Table(n, columns);
  }

  /**
   * @param instance one instance with its header
   * @return a table of one row
   */
  public static Table of(Instance instance) {
    Instances one = new Instances(instance.dataset(), 1);
    one.add(instance);
    return of(one);
  }

  private static Table.Column column(Instances data, Attribute att, int n) {
    if (att.isNominal()) {
      List<String> levels = new ArrayList<>();
      for (int l = 0; l < att.numValues(); l++) {
        levels.add(att.value(l));
      }
      int[] codes = new int[n];
      for (int i = 0; i < n; i++) {
        Instance row = data.instance(i);
        codes[i] = row.isMissing(att) ? -1 : (int) row.value(att);
      }
      return Table.Column.nominal(att.name(), levels, codes);
    }
    if (att.isNumeric() && !att.isDate()) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        Instance row = data.instance(i);
        v[i] = row.isMissing(att) ? Double.NaN : row.value(att);
      }
      return Table.Column.numeric(att.name(), v);
    }
    String[] texts = new String[n];
    if (att.isString() || att.isDate()) {
      for (int i = 0; i < n; i++) {
        Instance row = data.instance(i);
        texts[i] = row.isMissing(att) ? null : row.stringValue(att);
      }
    }
    return Table.Column.other(att.name(), Attribute.typeToString(att), att.isString() || att.isDate() ? texts : null);
  }
}
