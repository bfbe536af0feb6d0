package org.dec4j.api.select;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Picks a (K, latent size) from a sweep without labels: among the candidates whose clusterings are stable across
 * seeds (mean pairwise ARI at least {@value #MIN_STABILITY}) and have no collapsed cluster (smallest cluster at
 * least {@value #MIN_SHARE_OF_EQUAL} of an equal share), the one of highest silhouette in the latent space; equal
 * silhouettes (within {@value #TIE}) go to the smaller K. If none qualifies, the highest silhouette overall, and the
 * reason says so.
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
  /** Silhouettes this close count as equal, and the smaller K wins. */
  public static final double TIE = 0.01;

  /**
   * @param candidates the sweep, at least one
   * @return the recommendation
   */
  public static Recommendation of(List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("nothing to recommend from: the sweep is empty");
    }
    List<Candidate> sound = candidates.stream().filter(Recommendation::sound).toList();
    List<Candidate> pool = sound.isEmpty() ? candidates : sound;
    double best = pool.stream().mapToDouble(Candidate::silhouette).filter(s -> !Double.isNaN(s)).max()
        .orElse(Double.NaN);
    Candidate pick = pool.stream().filter(c -> Double.isNaN(best) || c.silhouette() >= best - TIE)
        .min(Comparator.comparingInt(Candidate::k).thenComparing(c -> -c.silhouette())).orElseThrow();
    String why = String.format(Locale.ROOT, "highest silhouette in the latent space (%.3f; Davies-Bouldin %.3f) %s",
        pick.silhouette(), pick.daviesBouldin(), sound.isEmpty()
            ? "of all combinations; none was both stable across seeds (mean pairwise ARI >= " + MIN_STABILITY
                + ") and free of collapsed clusters, so treat it with care"
            : String.format(Locale.ROOT, "among the %d of %d combinations that are stable across seeds (here mean"
                + " pairwise ARI %s) and have no collapsed cluster (smallest cluster %.1f%% of the rows)",
                sound.size(), candidates.size(), Double.isNaN(pick.stability()) ? "not measured with one seed"
                    : String.format(Locale.ROOT, "%.3f", pick.stability()), 100 * pick.smallestShare()));
    return new Recommendation(pick.k(), pick.latent(), why + (best - pick.silhouette() > 1e-12
        ? "; a larger K scored within " + TIE + " and the smaller one is preferred" : ""));
  }

  private static boolean sound(Candidate c) {
    boolean stable = Double.isNaN(c.stability()) || c.stability() >= MIN_STABILITY;
    return stable && !Double.isNaN(c.silhouette()) && c.smallestShare() * c.k() >= MIN_SHARE_OF_EQUAL;
  }
}
