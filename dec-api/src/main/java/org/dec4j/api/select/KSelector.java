package org.dec4j.api.select;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Chooses K for one latent size: fits every K with each of several seeds (one pretraining per seed serves every
 * K, {@link ClusteringEngine#fitEachK}), measures each K ({@link Candidate}) and recommends one
 * ({@link Recommendation}). What Weka's {@code -N -1} and ELKI's K range use.
 */
public final class KSelector {
  /** Rows sampled for the silhouette. */
  public static final int SILHOUETTE_SAMPLE = 2000;

  private KSelector() {
  }

  /**
   * The outcome of a selection.
   *
   * @param candidates one per K, in the order given
   * @param recommendation the chosen K and why
   * @param chosen the fit of the chosen K with the configuration's seed
   * @param seconds wall time of the whole selection
   */
  public record Selection(List<Candidate> candidates, Recommendation recommendation, FitResult chosen,
      double seconds) {
    /** @return the table and the choice, as text */
    public String text() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%4s %11s %15s %10s %9s%n", "K", "silhouette",
          "Davies-Bouldin", "stability", "smallest"));
      for (Candidate c : candidates) {
        b.append(String.format(Locale.ROOT, "%4d %11.3f %15.3f %10.3f %8.1f%%%n", c.k(), c.silhouette(),
            c.daviesBouldin(), c.stability(), 100 * c.smallestShare()));
      }
      b.append(String.format(Locale.ROOT, "K = %d chosen (in %.1f s): %s%n", recommendation.k(), seconds,
          recommendation.reason()));
      return b.toString();
    }
  }

  /**
   * @param engine the engine
   * @param x rows
   * @param config configuration (its K is ignored; its seed is the first seed)
   * @param ks candidate numbers of clusters (each at least 2)
   * @param seeds seeds per K (config seed, +1, ...); 2 or more measure stability
   * @param listener progress
   * @param cancel cancellation
   * @return the selection
   */
  public static Selection select(ClusteringEngine engine, FloatMatrix x, DecConfig config, int[] ks, int seeds,
      TrainingListener listener, CancellationToken cancel) {
    if (ks.length == 0 || seeds < 1) {
      throw new IllegalArgumentException("choosing K needs at least one K and one seed");
    }
    long t0 = System.nanoTime();
    List<List<FitResult>> bySeed = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      DecConfig c = config.toBuilder().k(ks[0]).seed(config.seed() + s).build();
      bySeed.add(engine.fitEachK(x, c, ks, listener, cancel));
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < ks.length; i++) {
      List<FitResult> runs = new ArrayList<>();
      for (List<FitResult> r : bySeed) {
        runs.add(r.get(i));
      }
      candidates.add(measure(ks[i], config.latentSize(), runs));
    }
    Recommendation rec = Recommendation.of(candidates);
    int chosen = Arrays.stream(ks).boxed().toList().indexOf(rec.k());
    return new Selection(candidates, rec, bySeed.get(0).get(chosen), (System.nanoTime() - t0) / 1e9);
  }

  /**
   * @param k number of clusters
   * @param latent latent size
   * @param runs the fits of that K, one per seed
   * @return the measured candidate
   */
  public static Candidate measure(int k, int latent, List<FitResult> runs) {
    double sil = 0;
    double db = 0;
    double share = 0;
    for (FitResult r : runs) {
      sil += ClusterMeasures.silhouette(r.embedding(), r.labels(), SILHOUETTE_SAMPLE, 0) / runs.size();
      db += ClusterMeasures.daviesBouldin(r.embedding(), r.labels()) / runs.size();
      int[] sizes = new int[k];
      for (int l : r.labels()) {
        sizes[l]++;
      }
      share += (double) Arrays.stream(sizes).min().orElse(0) / r.labels().length / runs.size();
    }
    return new Candidate(k, latent, sil, db, stability(runs), share);
  }

  /**
   * @param runs fits of one K with different seeds
   * @return the mean pairwise adjusted Rand index of their labels, NaN with fewer than two runs
   */
  public static double stability(List<FitResult> runs) {
    if (runs.size() < 2) {
      return Double.NaN;
    }
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < runs.size(); a++) {
      for (int b = a + 1; b < runs.size(); b++) {
        sum += ClusterMeasures.adjustedRand(runs.get(a).labels(), runs.get(b).labels());
        pairs++;
      }
    }
    return sum / pairs;
  }
}
