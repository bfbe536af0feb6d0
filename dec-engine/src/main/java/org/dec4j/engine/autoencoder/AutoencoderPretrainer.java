package org.dec4j.engine.autoencoder;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Pretraining;
import org.dec4j.api.config.Settings;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Reconstruction pretraining of the autoencoder, as configured:
 * <ul>
 * <li>{@link Pretraining#LAYERWISE} (the DEC paper's recipe): each encoder layer and its mirror decoder layer are
 * first trained greedily as a one-hidden-layer denoising autoencoder on the previous layer's output, with dropout
 * {@code pretrain-corruption} on its input and code, for {@code pretrain-layer-steps} steps each; then the whole
 * autoencoder is fine-tuned end to end without noise for {@code pretrain-steps} steps.</li>
 * <li>{@link Pretraining#END_TO_END}: the whole autoencoder is trained for {@code pretrain-steps} steps, its input
 * corrupted by dropout {@code pretrain-corruption}.</li>
 * <li>{@link Pretraining#AUTO}: layer-wise for small data sets, otherwise end to end without corruption for the
 * same total number of steps ({@link Pretraining#resolve}).</li>
 * </ul>
 *
 * <p>Reference: P. Vincent et al.: Stacked Denoising Autoencoders. JMLR 11, 2010; J. Xie et al., ICML 2016,
 * section 3.2.</p>
 */
public final class AutoencoderPretrainer {
  /**
   * @param steps optimizer steps taken (all layers and fine-tuning)
   * @param finalLoss reconstruction MSE at the end
   * @param seconds wall time
   * @param recipe the recipe used (AUTO resolved)
   */
  public record Result(int steps, double finalLoss, double seconds, Pretraining recipe) {
  }

  /**
   * @param ae the autoencoder, trained in place
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @param config configuration
   * @param rng generator for batch orders and noise
   * @param listener progress
   * @param cancel checked every batch
   * @return what was done
   */
  public Result pretrain(Autoencoder ae, float[] x, int n, DecConfig config, SplittableRandom rng,
      TrainingListener listener, CancellationToken cancel) {
    Pretraining recipe = config.get(Settings.PRETRAINING).resolve(n);
    boolean layerwise = recipe == Pretraining.LAYERWISE;
    boolean auto = config.get(Settings.PRETRAINING) == Pretraining.AUTO;
    int layers = ae.encoder().layers();
    int total = layers * config.get(Settings.PRETRAIN_LAYER_STEPS) + config.get(Settings.PRETRAIN_STEPS);
    if (!layerwise && !auto) {
      total = config.get(Settings.PRETRAIN_STEPS);
    }
    int endToEndSteps = layerwise ? config.get(Settings.PRETRAIN_STEPS) : total;
    double inputCorruption = layerwise || auto ? 0 : config.get(Settings.PRETRAIN_CORRUPTION);
    listener.phaseStarted(Phase.PRETRAIN, total);
    if (total == 0) {
      listener.phaseEnded(Phase.PRETRAIN, 0, "skipped (0 steps)");
      return new Result(0, Double.NaN, 0, recipe);
    }
    ReconstructionTraining.Progress progress = new ReconstructionTraining.Progress(listener, total);
    if (layerwise) {
      greedy(ae, x, n, config, rng, progress, cancel);
    }
    double loss = Double.NaN;
    if (endToEndSteps > 0) {
      loss = new ReconstructionTraining(ae.encoder(), ae.decoder(), config, progress, cancel).run(x, n,
          endToEndSteps, inputCorruption, 0, rng.split());
    }
    double seconds = progress.seconds();
    int b = Math.min(config.get(Settings.BATCH_SIZE), n);
    listener.phaseEnded(Phase.PRETRAIN, seconds, String.format(Locale.ROOT,
        "%s%s%d steps, reconstruction MSE %.5f, %.0f samples/s", auto ? "AUTO for " + n + " rows: " : "",
        layerwise ? layers + " layers x " + config.get(Settings.PRETRAIN_LAYER_STEPS) + " greedy steps + fine-tuning, "
            : "end to end, ", total, loss, total * (double) b / seconds));
    return new Result(total, loss, seconds, recipe);
  }

  /** Trains layer pairs from the outside in, each on the output of the layers before it. */
  private static void greedy(Autoencoder ae, float[] x, int n, DecConfig config, SplittableRandom rng,
      ReconstructionTraining.Progress progress, CancellationToken cancel) {
    int layers = ae.encoder().layers();
    float[] h = x;
    int steps = config.get(Settings.PRETRAIN_LAYER_STEPS);
    double corruption = config.get(Settings.PRETRAIN_CORRUPTION);
    for (int l = 0; l < layers; l++) {
      DenseNetwork enc = ae.encoder().layer(l);
      DenseNetwork dec = ae.decoder().layer(layers - 1 - l);
      new ReconstructionTraining(enc, dec, config, progress, cancel).run(h, n, steps, corruption, corruption,
          rng.split());
      if (l + 1 < layers) {
        h = Embeddings.toFloat(Embeddings.embed(enc, h, n));
      }
    }
  }
}
