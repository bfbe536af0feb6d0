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
  GLOBAL_MAX;

  /** Share of non-constant columns that must reach a quarter of the global maximum for AUTO to pick GLOBAL_MAX. */
  public static final double AUTO_COLUMN_SHARE = 0.8;

  /**
   * The method {@link #AUTO} stands for on data with these column ranges: intensity-like data (no negative value,
   * and at least {@value #AUTO_COLUMN_SHARE} of the non-constant columns reaching a quarter of the global maximum,
   * as pixels do) keep their relations under one global factor; anything else is standardised.
   *
   * @param min per-column minimum
   * @param max per-column maximum
   * @return GLOBAL_MAX or STANDARDIZE
   */
  public static Scaling resolveAuto(double[] min, double[] max) {
    double globalMax = Double.NEGATIVE_INFINITY;
    double globalMin = Double.POSITIVE_INFINITY;
    for (int j = 0; j < min.length; j++) {
      globalMax = Math.max(globalMax, max[j]);
      globalMin = Math.min(globalMin, min[j]);
    }
    if (globalMin < 0 || globalMax <= 0) {
      return STANDARDIZE;
    }
    int varying = 0;
    int reaching = 0;
    for (int j = 0; j < min.length; j++) {
      if (max[j] > min[j]) {
        varying++;
        if (max[j] >= globalMax / 4) {
          reaching++;
        }
      }
    }
    return varying > 0 && reaching >= AUTO_COLUMN_SHARE * varying ? GLOBAL_MAX : STANDARDIZE;
  }
}
