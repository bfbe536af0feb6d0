package org.dec4j.weka;

import org.dec4j.api.data.Table;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Weka's instances as a dec4j {@link Table}: numeric attributes as numbers, nominal ones as their levels by name,
 * string, date and relational attributes as columns of another type (the preparation refuses them as features by
 * name, and may use one as the class column). Missing values stay missing. What both the Weka clusterer and the
 * command line (which reads files with Weka's loaders) hand to the one {@link org.dec4j.api.data.Preparation}.
 * {@link TableBuilder} builds the same table from rows taken one at a time.
 */
public final class WekaTables {
  private WekaTables() {
  }

  /**
   * @param data instances
   * @return the same data as a table, every attribute a column
   */
  public static Table of(Instances data) {
    TableBuilder table = new TableBuilder(data);
    for (int i = 0; i < data.numInstances(); i++) {
      table.add(data.instance(i));
    }
    return table.build();
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
}
