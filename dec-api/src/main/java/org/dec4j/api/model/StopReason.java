package org.dec4j.api.model;

/** Why the clustering refinement ended. */
public enum StopReason {
  /** The share of changed hard labels fell below the tolerance. */
  CONVERGED,
  /** The maximum number of refinement batches was reached. */
  MAX_ITERATIONS,
  /** Clusters collapsed and the collapse policy is STOP. */
  COLLAPSED,
  /** No refinement was asked for (maximum iterations 0): the model is the k-means initialisation. */
  NO_REFINEMENT
}
