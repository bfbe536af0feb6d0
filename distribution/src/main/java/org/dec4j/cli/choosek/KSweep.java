package org.dec4j.cli.choosek;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.cli.compare.Stats;
import org.dec4j.cli.eval.ExternalMeasures;
import org.dec4j.cli.eval.InternalMeasures;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Fits every (K, latent size, seed) with one pretrained autoencoder per latent size and seed
 * ({@link ClusteringEngine#fitEachK}) and measures each (K, latent size) over the seeds.
 */
public final class KSweep {
  private final ClusteringEngine engine;
  private final DecConfig base;
  private final TrainingListener progress;
  private final PrintStream log;
  private double seconds;
  private double separateSeconds;

  /**
   * @param engine the engine
   * @param base configuration (K, latent size and seed are set per fit)
   * @param progress engine progress
   * @param log where to say what runs
   */
  public KSweep(ClusteringEngine engine, DecConfig base, TrainingListener progress, PrintStream log) {
    this.engine = engine;
    this.base = base;
    this.progress = progress;
    this.log = log;
  }

  /**
   * @param x features
   * @param classes class of each row, or null
   * @param ks numbers of clusters
   * @param latents latent sizes
   * @param seeds seeds (0..seeds-1)
   * @return one row per (latent size, K)
   */
  public List<SweepRow> run(FloatMatrix x, int[] classes, int[] ks, int[] latents, int seeds) {
    long t0 = System.nanoTime();
    Map<String, List<FitResult>> fits = new LinkedHashMap<>();
    separateSeconds = 0;
    for (int latent : latents) {
      for (long seed = 0; seed < seeds; seed++) {
        log.printf(Locale.ROOT, "[choose-k] latent %d, seed %d: pretraining once for K = %s%n", latent, seed,
            java.util.Arrays.toString(ks));
        DecConfig c = base.toBuilder().latentSize(latent).seed(seed).k(ks[0]).build();
        List<FitResult> results = engine.fitEachK(x, c, ks, progress, CancellationToken.create());
        for (int i = 0; i < ks.length; i++) {
          fits.computeIfAbsent(ks[i] + "/" + latent, key -> new ArrayList<>()).add(results.get(i));
          TrainingSummary s = results.get(i).model().summary();
          separateSeconds += s.totalSeconds();
        }
      }
    }
    seconds = (System.nanoTime() - t0) / 1e9;
    List<SweepRow> rows = new ArrayList<>();
    for (int latent : latents) {
      for (int k : ks) {
        rows.add(measure(k, latent, fits.get(k + "/" + latent), x, classes));
      }
    }
    return rows;
  }

  /** @return wall time of the last sweep */
  public double seconds() {
    return seconds;
  }

  /** @return what the same fits would have taken one by one (each with its own pretraining) */
  public double separateSeconds() {
    return separateSeconds;
  }

  private static SweepRow measure(int k, int latent, List<FitResult> runs, FloatMatrix x, int[] classes) {
    List<InternalMeasures> inLatent = new ArrayList<>();
    List<InternalMeasures> inInput = new ArrayList<>();
    for (FitResult r : runs) {
      boolean several = java.util.Arrays.stream(r.labels()).distinct().count() > 1;
      inLatent.add(several ? InternalMeasures.of(r.embedding(), r.labels()) : null);
      inInput.add(several ? InternalMeasures.of(x, r.labels()) : null);
    }
    double stability = org.dec4j.api.select.KSelector.stability(runs);
    List<ExternalMeasures> ext = new ArrayList<>();
    for (FitResult r : runs) {
      ext.add(classes == null ? null : ExternalMeasures.of(r.labels(), classes));
    }
    return new SweepRow(k, latent, stat(inLatent, InternalMeasures::silhouette),
        stat(inLatent, InternalMeasures::daviesBouldin), stat(inInput, InternalMeasures::silhouette),
        stat(inInput, InternalMeasures::daviesBouldin),
        Stats.of(runs.stream().map(r -> r.model().summary().kmeansInertia()).toList()), stability,
        Stats.of(runs.stream().map(r -> (double) java.util.Arrays.stream(r.model().summary().clusterSizes()).min()
            .orElse(0) / r.labels().length).toList()),
        stat(ext, ExternalMeasures::accuracy), stat(ext, ExternalMeasures::nmi), stat(ext, ExternalMeasures::ari));
  }

  private static <T> Stats stat(List<T> values, ToDoubleFunction<T> f) {
    List<Double> v = new ArrayList<>();
    for (T t : values) {
      v.add(t == null ? Double.NaN : f.applyAsDouble(t));
    }
    return Stats.of(v);
  }
}
