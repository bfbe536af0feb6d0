package org.dec4j.api.config;

/** What the data preparation does with missing values. */
public enum MissingValues {
  /** A number: its column's training median; a nominal value: a level of its own. */
  IMPUTE,
  /** Refuse the data, naming the first missing value's row and column. */
  ERROR
}
