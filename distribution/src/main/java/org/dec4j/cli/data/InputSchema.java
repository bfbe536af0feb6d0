package org.dec4j.cli.data;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.util.List;

/**
 * How the command line turned a file into features, saved with the model so that {@code predict} does the same:
 * the feature columns in order, the class column left out, and the values that replace missing ones.
 *
 * @param features names of the feature columns, in the order the model expects
 * @param classColumn name of the class column excluded from training, or null
 * @param missing how missing values are handled
 * @param imputeValues per feature, the value that replaces a missing one (the training median), or null
 */
public record InputSchema(List<String> features, String classColumn, MissingValues missing, double[] imputeValues) {
  private static final Gson GSON = new Gson();

  /** What to do with missing values. */
  public enum MissingValues {
    /** Refuse the file, naming the first missing value. */
    ERROR,
    /** Replace a missing number by the training median of its column. */
    IMPUTE
  }

  /** Copies. */
  public InputSchema {
    features = List.copyOf(features);
    imputeValues = imputeValues == null ? null : imputeValues.clone();
  }

  @Override
  public double[] imputeValues() {
    return imputeValues == null ? null : imputeValues.clone();
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
      if (s == null || s.features() == null || s.missing() == null) {
        throw new IllegalArgumentException("incomplete input schema");
      }
      return s;
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("unreadable input schema: " + e.getMessage(), e);
    }
  }
}
