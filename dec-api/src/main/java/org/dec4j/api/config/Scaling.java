package org.dec4j.api.config;

/**
 * How input features are scaled before training. The scaling is fitted once on the training data and
 * stored in the model, so new rows are scaled the same way.
 */
public enum Scaling {
  /**
   * {@link #GLOBAL_MAX} when the data look like intensities (no negative values and most columns reaching the
   * same order of magnitude, as pixels do), otherwise {@link #STANDARDIZE}.
   */
  AUTO,
  /** Use the values as they are. */
  NONE,
  /** Each column to [0, 1] by its own minimum and maximum. */
  MIN_MAX,
  /** Each column to mean 0 and standard deviation 1. */
  STANDARDIZE,
  /** All values divided by the largest absolute value in the data (keeps the relations between columns). */
  GLOBAL_MAX
}
