package org.dec4j.api.select;

import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses K, and optionally the latent size, without labels: fits every K for each latent size and seed (one
 * pretraining per latent size and seed serves every K, {@link ClusteringEngine#fitEachK}), measures each (K,
 * latent size) over the seeds ({@link Candidate}: silhouette and Davies-Bouldin in the latent space, stability
 * across seeds, the smallest cluster) and recommends one ({@link Recommendation}). The one selection every
 * front-end uses: the command line's {@code choose-k} and {@code cluster --k 2..15}, Weka's {@code -N -1} and
 * ELKI's lists of K. The seeds are the configuration's seed, seed + 1, ...; the silhouette is measured on at most
 * {@value #SILHOUETTE_SAMPLE} rows drawn with the configuration's seed.
 */
public final class KSelector {
  /** Rows sampled for the silhouette. */
  public static final int SILHOUETTE_SAMPLE = 2000;

  private KSelector() {
  }

  /**
   * The outcome of a selection.
   *
   * @param candidates one per (latent size, K), latent sizes outermost, in the order given
   * @param runs the fits of each candidate, one per seed, in the candidates' order
   * @param recommendation the chosen K and latent size, and why
   * @param chosen the fit of the chosen candidate with the configuration's seed
   * @param seconds wall time of the whole selection
   * @param separateSeconds what the same fits would have taken one by one, each with its own pretraining
   */
  public record Selection(List<Candidate> candidates, List<List<FitResult>> runs, Recommendation recommendation,
      FitResult chosen, double seconds, double separateSeconds) {
    /** Copies. */
    public Selection {
      candidates = List.copyOf(candidates);
      runs = List.copyOf(runs);
    }

    /** @return the table and the choice, as text */
    public String text() {
      boolean latents = candidates.stream().map(Candidate::latent).distinct().count() > 1;
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s%4s %11s %15s %10s %9s%n",
          latents ? "latent " : "", "K", "silhouette", "Davies-Bouldin", "stability", "smallest"));
      for (Candidate c : candidates) {
        b.append(String.format(Locale.ROOT, "%s%4d %11.3f %15.3f %10.3f %8.1f%%%n", latents
            ? String.format(Locale.ROOT, "%6d ", c.latent()) : "", c.k(), c.silhouette(), c.daviesBouldin(),
            c.stability(), 100 * c.smallestShare()));
      }
      b.append(String.format(Locale.ROOT, "K = %d%s chosen (in %.1f s): %s%n", recommendation.k(),
          latents ? ", latent size " + recommendation.latent() : "", seconds, recommendation.reason()));
      return b.toString();
    }
  }

  /**
   * @param engine the engine
   * @param x rows
   * @param request the candidate numbers of clusters and the seeds per K
   * @param latents latent sizes to try, or null for the configuration's
   * @param config configuration; its seed is the first seed
   * @param listener progress
   * @param cancel cancellation
   * @return the selection
   */
  public static Selection select(ClusteringEngine engine, FloatMatrix x, KRequest request, int[] latents,
      DecConfig config, TrainingListener listener, CancellationToken cancel) {
    int[] ks = request.ks();
    boolean latentsGiven = latents != null && latents.length > 0;
    DecConfig resolved = AutoRecipe.resolve(config, x.rows(), x.cols()).config();
    int[] ls = latentsGiven ? latents.clone() : new int[] { resolved.latentSize() };
    for (int k : ks) {
      ClusteringEngine.checkK(k, x.rows());
    }
    long t0 = System.nanoTime();
    long seed = config.get(Settings.SEED);
    List<Candidate> candidates = new ArrayList<>();
    List<List<FitResult>> runs = new ArrayList<>();
    double separate = 0;
    for (int latent : ls) {
      List<List<FitResult>> bySeed = new ArrayList<>();
      for (int s = 0; s < request.seeds(); s++) {
        DecConfig.Builder b = latentsGiven ? resolved.toBuilder().latentSize(latent) : config.toBuilder();
        DecConfig c = b.set(Settings.SEED, seed + s).build();
        List<FitResult> fits = engine.fitEachK(x, ks, c, listener, cancel);
        for (FitResult f : fits) {
          separate += f.model().summary().totalSeconds();
        }
        bySeed.add(fits);
      }
      for (int i = 0; i < ks.length; i++) {
        List<FitResult> r = new ArrayList<>();
        for (List<FitResult> fits : bySeed) {
          r.add(fits.get(i));
        }
        candidates.add(measure(ks[i], latent, r, seed));
        runs.add(r);
      }
    }
    Recommendation rec = Recommendation.of(candidates);
    int chosen = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).k() == rec.k() && candidates.get(i).latent() == rec.latent()) {
        chosen = i;
      }
    }
    return new Selection(candidates, runs, rec, runs.get(chosen).get(0), (System.nanoTime() - t0) / 1e9, separate);
  }

  /**
   * @param k number of clusters
   * @param latent latent size
   * @param runs the fits of that K, one per seed
   * @param seed seed of the silhouette's sample
   * @return the measured candidate
   */
  public static Candidate measure(int k, int latent, List<FitResult> runs, long seed) {
    double sil = 0;
    double db = 0;
    double share = 0;
    for (FitResult r : runs) {
      sil += ClusterMeasures.silhouette(r.embedding(), r.labels(), SILHOUETTE_SAMPLE, seed) / runs.size();
      db += ClusterMeasures.daviesBouldin(r.embedding(), r.labels()) / runs.size();
      int[] sizes = new int[k];
      for (int l : r.labels()) {
        sizes[l]++;
      }
      int smallest = Integer.MAX_VALUE;
      for (int s : sizes) {
        smallest = Math.min(smallest, s);
      }
      share += (double) smallest / r.labels().length / runs.size();
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
