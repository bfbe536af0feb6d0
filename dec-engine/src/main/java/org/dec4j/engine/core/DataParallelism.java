package org.dec4j.engine.core;

/** How far an engine of the family trains on partitioned rows ({@link DataParallelFit}). */
public enum DataParallelism {
  /** Not at all: it fits on one machine only. */
  NONE,
  /** Scaling, pretraining and k-means where the rows are; no clustering phase (AE + k-means). */
  START,
  /** The start, then its {@link Refinement} by parameter averaging. */
  REFINEMENT
}
