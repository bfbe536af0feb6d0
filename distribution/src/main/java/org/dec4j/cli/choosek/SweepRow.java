package org.dec4j.cli.choosek;

import org.dec4j.cli.compare.Stats;

/**
 * The measures of one (K, latent size) combination over the seeds.
 *
 * @param k number of clusters
 * @param latent latent size
 * @param latentSilhouette silhouette in the latent space
 * @param latentDaviesBouldin Davies-Bouldin in the latent space
 * @param inputSilhouette silhouette on the prepared input
 * @param inputDaviesBouldin Davies-Bouldin on the prepared input
 * @param inertia k-means inertia on the pretrained latent vectors (for an elbow)
 * @param stability mean pairwise ARI between the seeds' clusterings (NaN with one seed)
 * @param smallestShare the smallest cluster's share of the rows
 * @param acc ACC against the class column (shown, never used to choose)
 * @param nmi NMI against the class column
 * @param ari ARI against the class column
 */
public record SweepRow(int k, int latent, Stats latentSilhouette, Stats latentDaviesBouldin, Stats inputSilhouette,
    Stats inputDaviesBouldin, Stats inertia, double stability, Stats smallestShare, Stats acc, Stats nmi, Stats ari) {
  /** @return the label-free measures the recommendation uses ({@link org.dec4j.api.select.Recommendation}) */
  public org.dec4j.api.select.Candidate candidate() {
    return new org.dec4j.api.select.Candidate(k, latent, latentSilhouette.mean(), latentDaviesBouldin.mean(),
        stability, smallestShare.mean());
  }
}
