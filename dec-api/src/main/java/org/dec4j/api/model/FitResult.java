package org.dec4j.api.model;

import org.dec4j.api.data.FloatMatrix;

/**
 * The outcome of one fit: the reusable model, and what it says about its own training rows.
 *
 * @param model the trained model
 * @param labels hard cluster of each training row (0..K-1)
 * @param softAssignments n x K soft assignments of the training rows (rows sum to 1)
 * @param embedding n x latent embedding of the training rows
 */
public record FitResult(ClusterModel model, int[] labels, FloatMatrix softAssignments, FloatMatrix embedding) {

  /** Copies the labels. */
  public FitResult {
    labels = labels.clone();
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }
}
