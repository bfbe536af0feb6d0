package org.dec4j.api.config;

/**
 * What the data preparation does with heavy-tailed numeric columns: columns with values beyond Tukey's far-out
 * fences q1 - 3 IQR and q3 + 3 IQR.
 */
public enum Tails {
  /** Clip them to the fences when the engine scales per column (min-max or standardisation). */
  CLIP,
  /** Leave them. */
  KEEP
}
