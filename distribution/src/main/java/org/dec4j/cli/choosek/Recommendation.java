package org.dec4j.cli.choosek;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks a (K, latent size) from a sweep without labels: among the combinations whose clusterings are stable
 * across seeds (mean pairwise ARI at least {@value #MIN_STABILITY}) and have no collapsed cluster (smallest
 * cluster at least {@value #MIN_SHARE_OF_EQUAL} of an equal share), the one of highest silhouette in the latent
 * space; equal silhouettes (within 0.01) go to the smaller K. If none qualifies, the highest silhouette overall,
 * and the reason says so.
 *
 * @param k recommended K
 * @param latent recommended latent size
 * @param reason the reason in words
 */
public record Recommendation(int k, int latent, String reason) {
  /** Least mean pairwise ARI across seeds for a stable solution. */
  public static final double MIN_STABILITY = 0.75;
  /** Smallest cluster, as a fraction of an equal share, for a solution without collapse. */
  public static final double MIN_SHARE_OF_EQUAL = 0.2;

  /**
   * @param rows the sweep
   * @return the recommendation
   */
  public static Recommendation of(List<SweepRow> rows) {
    List<SweepRow> sound = rows.stream().filter(Recommendation::sound).toList();
    List<SweepRow> pool = sound.isEmpty() ? rows : sound;
    double best = pool.stream().mapToDouble(r -> r.latentSilhouette().mean()).max().orElse(Double.NaN);
    SweepRow pick = pool.stream().filter(r -> r.latentSilhouette().mean() >= best - 0.01)
        .min(Comparator.comparingInt(SweepRow::k).thenComparing(r -> -r.latentSilhouette().mean())).orElseThrow();
    String why = String.format(Locale.ROOT, "highest silhouette in the latent space (%.3f; Davies-Bouldin %.3f) %s",
        pick.latentSilhouette().mean(), pick.latentDaviesBouldin().mean(), sound.isEmpty()
            ? "of all combinations; none was both stable across seeds (mean pairwise ARI >= " + MIN_STABILITY
                + ") and free of collapsed clusters, so treat it with care"
            : String.format(Locale.ROOT, "among the %d of %d combinations that are stable across seeds (here mean"
                + " pairwise ARI %s) and have no collapsed cluster (smallest cluster %.1f%% of the rows)",
                sound.size(), rows.size(), Double.isNaN(pick.stability()) ? "not measured with one seed"
                    : String.format(Locale.ROOT, "%.3f", pick.stability()), 100 * pick.smallestShare().mean()));
    return new Recommendation(pick.k(), pick.latent(), why + (best - pick.latentSilhouette().mean() > 1e-12
        ? "; a larger K scored within 0.01 and the smaller one is preferred" : ""));
  }

  private static boolean sound(SweepRow r) {
    boolean stable = Double.isNaN(r.stability()) || r.stability() >= MIN_STABILITY;
    return stable && r.smallestShare().mean() * r.k() >= MIN_SHARE_OF_EQUAL;
  }
}
