package org.dec4j.cli.choosek;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.select.Candidate;
import org.dec4j.api.select.ClusterMeasures;
import org.dec4j.api.select.KSelector;
import org.dec4j.cli.compare.Stats;
import org.dec4j.cli.eval.ExternalMeasures;
import org.dec4j.cli.eval.InternalMeasures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One (K, latent size) of the selection with what the report shows beside the label-free measures the choice uses
 * ({@link Candidate}): the latent measures' spread over the seeds, the same measures on the prepared input, the
 * k-means inertia (for an elbow), and ACC/NMI/ARI against a class column (shown, never used to choose).
 *
 * @param candidate the measures the recommendation uses
 * @param latentSilhouette silhouette in the latent space over the seeds, as the selection measured it (its mean is
 *     the candidate's)
 * @param latentDaviesBouldin Davies-Bouldin in the latent space, likewise
 * @param inputSilhouette silhouette on the prepared input
 * @param inputDaviesBouldin Davies-Bouldin on the prepared input
 * @param inertia k-means inertia on the pretrained latent vectors
 * @param smallestShare the smallest cluster's share of the rows
 * @param acc ACC against the class column
 * @param nmi NMI against the class column
 * @param ari ARI against the class column
 */
public record SweepRow(Candidate candidate, Stats latentSilhouette, Stats latentDaviesBouldin, Stats inputSilhouette,
    Stats inputDaviesBouldin, Stats inertia, Stats smallestShare, Stats acc, Stats nmi, Stats ari) {
  /** @return K */
  public int k() {
    return candidate.k();
  }

  /** @return the latent size */
  public int latent() {
    return candidate.latent();
  }

  /** @return the stability across seeds (mean pairwise ARI; NaN with one seed) */
  public double stability() {
    return candidate.stability();
  }

  /**
   * @param candidate the measured candidate
   * @param runs its fits, one per seed
   * @param x the prepared input
   * @param classes class of each row, or null
   * @param seed the configuration's seed (the selection's silhouette sample)
   * @return the row
   */
  public static SweepRow of(Candidate candidate, List<FitResult> runs, FloatMatrix x, int[] classes, long seed) {
    List<InternalMeasures> inInput = new ArrayList<>();
    List<ExternalMeasures> ext = new ArrayList<>();
    for (FitResult r : runs) {
      boolean several = Arrays.stream(r.labels()).distinct().count() > 1;
      inInput.add(several ? InternalMeasures.of(x, r.labels()) : null);
      ext.add(classes == null ? null : ExternalMeasures.of(r.labels(), classes));
    }
    return new SweepRow(candidate, Stats.of(runs.stream().map(r -> ClusterMeasures.silhouette(r.embedding(),
        r.labels(), KSelector.SILHOUETTE_SAMPLE, seed)).toList()), Stats.of(runs.stream().map(r -> ClusterMeasures
            .daviesBouldin(r.embedding(), r.labels())).toList()), Stats.of(inInput, InternalMeasures::silhouette),
        Stats.of(inInput, InternalMeasures::daviesBouldin),
        Stats.of(runs.stream().map(r -> r.model().summary().kmeansInertia()).toList()),
        Stats.of(runs.stream().map(r -> (double) Arrays.stream(r.model().summary().clusterSizes()).min().orElse(0)
            / r.labels().length).toList()),
        Stats.of(ext, ExternalMeasures::accuracy), Stats.of(ext, ExternalMeasures::nmi),
        Stats.of(ext, ExternalMeasures::ari));
  }
}
