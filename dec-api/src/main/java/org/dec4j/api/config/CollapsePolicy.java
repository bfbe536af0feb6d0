package org.dec4j.api.config;

/** What the refinement does when clusters collapse (a cluster empties, or the assignment entropy drops sharply). */
public enum CollapsePolicy {
  /** Report it (progress listener, summary) and go on. */
  WARN,
  /** Report it and stop the refinement, keeping the model as it is at that point. */
  STOP,
  /** Report it, move each collapsing cluster's centroid to the worst-fitted rows, and go on. */
  RESEED
}
