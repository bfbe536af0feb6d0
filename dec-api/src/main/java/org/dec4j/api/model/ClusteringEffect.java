package org.dec4j.api.model;

/**
 * What an engine's clustering phase did to its start, the k-means clusters of the pretrained embedding: the share
 * of training rows it moved to another cluster, and a label-free score of the start and of the result, both
 * measured the same way (the silhouette of the scaled input rows, on a seeded sample), so that a phase that moved
 * nothing, or made the clusters worse by that score, is visible without labels.
 *
 * @param changedShare share of training rows whose cluster differs from the start's (after matching the clusters
 *     one to one, so a relabelling alone counts as no change); 0 when nothing moved
 * @param silhouetteBefore silhouette of the start's clusters on the scaled input rows
 * @param silhouetteAfter silhouette of the result's clusters, on the same rows
 * @param sampleRows rows the silhouettes were measured on
 */
public record ClusteringEffect(double changedShare, double silhouetteBefore, double silhouetteAfter,
    int sampleRows) {

  /** @return whether the clustering phase left every row in its start cluster */
  public boolean movedNothing() {
    return changedShare == 0;
  }
}
