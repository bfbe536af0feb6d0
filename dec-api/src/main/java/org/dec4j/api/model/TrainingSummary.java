package org.dec4j.api.model;

import java.util.List;

/**
 * What a fit did, kept with the model for its printed summary.
 *
 * @param rows training rows
 * @param pretrainSteps pretraining batches run
 * @param pretrainLoss mean reconstruction error at the end of pretraining (NaN if none)
 * @param kmeansInertia k-means inertia of the initial centroids on the latent vectors
 * @param refineIterations refinement batches run
 * @param finalLoss clustering loss (for DEC: KL(P||Q) per row) at the last target update
 * @param lastChangedShare share of hard labels changed at the last check
 * @param stopReason why refinement ended
 * @param clusterSizes sizes of the clusters on the training data
 * @param pretrainSeconds wall time of pretraining
 * @param initSeconds wall time of the k-means initialisation
 * @param refineSeconds wall time of refinement
 * @param warnings warnings raised during the fit (possibly empty)
 * @param pretrainRecipe the pretraining recipe used (AUTO resolved), or null if unknown
 * @param plan what the automatic recipe chose for these data and why ("150 rows x 4 columns: a 4-32-32-8 network,
 *     ..."), or null when every part of the recipe was set explicitly (or the model is older)
 * @param pretrainStop why pretraining ended ("the reconstruction error of the held-out rows stopped improving at
 *     step 800 ..." or "the budget of 10000 steps"), or null if unknown
 * @param effect what the clustering phase did to the k-means start, or null for an engine without one (imsat)
 */
public record TrainingSummary(int rows, int pretrainSteps, double pretrainLoss, double kmeansInertia,
    int refineIterations, double finalLoss, double lastChangedShare, StopReason stopReason, int[] clusterSizes,
    double pretrainSeconds, double initSeconds, double refineSeconds, List<String> warnings,
    org.dec4j.api.config.Pretraining pretrainRecipe, String plan, String pretrainStop, ClusteringEffect effect) {

  /** Defensive copies. */
  public TrainingSummary {
    clusterSizes = clusterSizes.clone();
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  @Override
  public int[] clusterSizes() {
    return clusterSizes.clone();
  }

  /** @return total wall time of the fit in seconds */
  public double totalSeconds() {
    return pretrainSeconds + initSeconds + refineSeconds;
  }
}
