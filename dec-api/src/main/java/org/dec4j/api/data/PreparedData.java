package org.dec4j.api.data;

import java.util.List;
import java.util.Optional;

/**
 * Features ready for an engine ({@link Preparation#apply}), with the class labels of the rows when the data have
 * the class column, and what was done to each column.
 *
 * @param features numeric features (class column excluded), named
 * @param classes class labels, when present
 * @param notes what was done to the data, for the summary
 */
public record PreparedData(FloatMatrix features, Optional<ClassLabels> classes, List<String> notes) {
  /** Copies the notes. */
  public PreparedData {
    notes = List.copyOf(notes);
  }

  /**
   * Class labels of the rows.
   *
   * @param column name of the class column
   * @param labels class index of each row, -1 where the class is missing
   * @param names class names by index
   */
  public record ClassLabels(String column, int[] labels, List<String> names) {
    /** Copies. */
    public ClassLabels {
      labels = labels.clone();
      names = List.copyOf(names);
    }

    @Override
    public int[] labels() {
      return labels.clone();
    }
  }
}
