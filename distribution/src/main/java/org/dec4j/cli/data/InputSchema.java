package org.dec4j.cli.data;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

import java.util.ArrayList;
import java.util.List;

/**
 * How the command line turned a file into features, saved with the model so that {@code predict} does the same:
 * each input column's preparation (numeric: median imputation and clipping; nominal: one 0/1 feature per level),
 * found by name, in feature order, and the class column left out.
 *
 * @param columns the input columns used, in feature order
 * @param classColumn name of the class column excluded from training, or null
 * @param missing how missing values are handled
 */
public record InputSchema(List<ColumnPrep> columns, String classColumn, MissingValues missing) {
  private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

  /** What to do with missing values. */
  public enum MissingValues {
    /** Refuse the file, naming the first missing value. */
    ERROR,
    /** Numbers: the training median of the column; nominal values: a level of their own. */
    IMPUTE
  }

  /** Copies. */
  public InputSchema {
    columns = List.copyOf(columns);
  }

  /**
   * A schema of plain numeric columns (no imputation, no clipping), for models saved by other front-ends.
   *
   * @param features column names
   * @param classColumn class column or null
   * @return the schema
   */
  public static InputSchema numeric(List<String> features, String classColumn) {
    List<ColumnPrep> cols = new ArrayList<>();
    for (String f : features) {
      cols.add(ColumnPrep.numeric(f, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }
    return new InputSchema(cols, classColumn, MissingValues.ERROR);
  }

  /** @return the feature names, in the order the model expects */
  public List<String> features() {
    List<String> out = new ArrayList<>();
    for (ColumnPrep c : columns) {
      out.addAll(c.featureNames());
    }
    return out;
  }

  /** @return as JSON */
  public String toJson() {
    return GSON.toJson(this);
  }

  /**
   * @param json JSON from {@link #toJson()}
   * @return the schema
   * @throws IllegalArgumentException if unreadable
   */
  public static InputSchema fromJson(String json) {
    try {
      InputSchema s = GSON.fromJson(json, InputSchema.class);
      if (s == null || s.columns() == null || s.missing() == null
          || s.columns().stream().anyMatch(c -> c == null || c.name() == null || c.kind() == null)) {
        throw new IllegalArgumentException("incomplete input schema");
      }
      return new InputSchema(s.columns(), s.classColumn(), s.missing());
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("unreadable input schema: " + e.getMessage(), e);
    }
  }
}
