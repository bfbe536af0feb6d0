package org.dec4j.api.model;

import org.dec4j.api.config.Settings;

import java.util.Locale;

/**
 * The human-readable summary of a trained model that every front-end prints (the command line's summary, Weka's
 * {@code toString}, ELKI's result description), so that they all say the same thing in the same words.
 */
public final class ModelReport {
  private ModelReport() {
  }

  /**
   * @param model a trained model
   * @return several lines: engine and shape, each phase with its loss, why refinement stopped, cluster sizes on the
   *     training data, any warnings, and a last line with the times ({@link #timing})
   */
  public static String text(ClusterModel model) {
    TrainingSummary s = model.summary();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "engine: %s, k=%d, %d input columns, latent size %d, seed %d%n",
        model.engineName(), model.k(), model.inputDimension(), model.latentDimension(),
        model.config().get(Settings.SEED)));
    if (s.plan() != null) {
      b.append("recipe: ").append(s.plan()).append(System.lineSeparator());
    }
    if (s.pretrainSteps() == 0) {
      b.append("pretraining: none (the engine trains its network from random weights)\n");
    } else {
      b.append(String.format(Locale.ROOT, "pretraining: %d steps (%s), reconstruction MSE %.5f%s%n",
          s.pretrainSteps(), (s.pretrainRecipe() != null ? s.pretrainRecipe()
              : model.config().get(Settings.PRETRAINING)).name()
              .toLowerCase(Locale.ROOT).replace('_', '-'),
          s.pretrainLoss(), s.pretrainStop() == null ? "" : "; " + s.pretrainStop()));
    }
    if (!Double.isNaN(s.kmeansInertia())) {
      b.append(String.format(Locale.ROOT, "initialisation: k-means++ (%d restarts) on the latent vectors, inertia"
          + " %.4g%n", model.config().get(Settings.KMEANS_RESTARTS), s.kmeansInertia()));
    }
    if (s.refineIterations() == 0 && Double.isNaN(s.finalLoss())) {
      b.append("refinement: none (the engine keeps the k-means clusters of the pretrained embedding)\n");
    } else {
      b.append(String.format(Locale.ROOT, "refinement: %d batches, %s (%.3f%% labels changed at the last check, tol"
          + " %.3f%%), final refinement loss %.4f (the engine's clustering term: KL(P||Q) for dec and idec, the"
          + " latent k-means loss for dcn, the pair loss for dac, the negative ELBO for vade, the negative"
          + " log-likelihood of the mixture for n2d, the IMSAT objective for imsat)%n", s.refineIterations(),
          s.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' '), 100 * s.lastChangedShare(),
          100 * model.config().get(Settings.TOL), s.finalLoss()));
    }
    if (s.effect() != null) {
      b.append(effect(s)).append(System.lineSeparator());
    }
    b.append("training cluster sizes:");
    int[] sizes = s.clusterSizes();
    for (int j = 0; j < sizes.length; j++) {
      b.append(String.format(Locale.ROOT, " %d:%d (%.1f%%)", j, sizes[j], 100.0 * sizes[j] / Math.max(1, s.rows())));
    }
    b.append(String.format(Locale.ROOT, " on %d rows%n", s.rows()));
    for (String w : s.warnings()) {
      b.append("warning: ").append(w).append(System.lineSeparator());
    }
    return b.append(timing(model)).append(System.lineSeparator()).toString();
  }

  /**
   * @param s a summary with an effect
   * @return one line: the share of rows the clustering phase moved from the k-means start, and the silhouette of
   *     the scaled input rows before and after; a phase that moved nothing is named as such
   */
  static String effect(TrainingSummary s) {
    ClusteringEffect e = s.effect();
    String scores = String.format(Locale.ROOT, "silhouette of the scaled input rows %.4f at the start, %.4f at the"
        + " end (%d-row sample)", e.silhouetteBefore(), e.silhouetteAfter(), e.sampleRows());
    if (!e.movedNothing()) {
      return String.format(Locale.ROOT, "clustering phase: moved %.1f%% of the rows from the k-means start; %s",
          100 * e.changedShare(), scores);
    }
    if (s.refineIterations() > 0) {
      return String.format(Locale.ROOT, "clustering phase: moved no row from the k-means start in %d batches: the"
          + " result is the k-means clusters of the pretrained embedding (%s)", s.refineIterations(), scores);
    }
    return "clustering phase: none, the result is the k-means start (" + scores + ")";
  }

  /**
   * @param model a trained model
   * @return one line "Elapsed time: ..." with the wall time of each phase (the words Weka's evaluation ignores
   *     when it compares two runs)
   */
  public static String timing(ClusterModel model) {
    TrainingSummary s = model.summary();
    return String.format(Locale.ROOT, "Elapsed time: %.1f s (pretraining %.1f s, initialisation %.1f s, refinement"
        + " %.1f s)", s.totalSeconds(), s.pretrainSeconds(), s.initSeconds(), s.refineSeconds());
  }
}
