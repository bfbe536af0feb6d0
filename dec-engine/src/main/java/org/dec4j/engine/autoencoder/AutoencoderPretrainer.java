package org.dec4j.engine.autoencoder;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Pretraining;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.cluster.Embeddings;
import org.dec4j.engine.nn.DenseNetwork;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Reconstruction pretraining of the autoencoder, as configured:
 * <ul>
 * <li>{@link Pretraining#LAYERWISE} (the DEC paper's recipe): each encoder layer and its mirror decoder layer are
 * first trained greedily as a one-hidden-layer denoising autoencoder on the previous layer's output, with dropout
 * {@code pretrainCorruption} on its input and code, for {@code pretrainLayerSteps} steps each; then the whole
 * autoencoder is fine-tuned end to end without noise for {@code pretrainSteps} steps.</li>
 * <li>{@link Pretraining#END_TO_END}: the whole autoencoder is trained for {@code pretrainSteps} steps, its input
 * corrupted by dropout {@code pretrainCorruption}.</li>
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
   */
  public record Result(int steps, double finalLoss, double seconds) {
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
    boolean layerwise = config.pretraining() == Pretraining.LAYERWISE;
    int layers = ae.encoder().layers();
    int total = (layerwise ? layers * config.pretrainLayerSteps() : 0) + config.pretrainSteps();
    listener.phaseStarted(Phase.PRETRAIN, total);
    if (total == 0) {
      listener.phaseEnded(Phase.PRETRAIN, 0, "skipped (0 steps)");
      return new Result(0, Double.NaN, 0);
    }
    ReconstructionTraining.Progress progress = new ReconstructionTraining.Progress(listener, total);
    if (layerwise) {
      greedy(ae, x, n, config, rng, progress, cancel);
    }
    double loss = Double.NaN;
    if (config.pretrainSteps() > 0) {
      loss = new ReconstructionTraining(ae.encoder(), ae.decoder(), config, progress, cancel).run(x, n,
          config.pretrainSteps(), layerwise ? 0 : config.pretrainCorruption(), 0, rng.split());
    }
    double seconds = progress.seconds();
    int b = Math.min(config.batchSize(), n);
    listener.phaseEnded(Phase.PRETRAIN, seconds, String.format(Locale.ROOT,
        "%s%d steps, reconstruction MSE %.5f, %.0f samples/s", layerwise ? layers + " layers x "
            + config.pretrainLayerSteps() + " greedy steps + fine-tuning, " : "", total, loss,
        total * (double) b / seconds));
    return new Result(total, loss, seconds);
  }

  /** Trains layer pairs from the outside in, each on the output of the layers before it. */
  private static void greedy(Autoencoder ae, float[] x, int n, DecConfig config, SplittableRandom rng,
      ReconstructionTraining.Progress progress, CancellationToken cancel) {
    int layers = ae.encoder().layers();
    float[] h = x;
    for (int l = 0; l < layers; l++) {
      DenseNetwork enc = ae.encoder().layer(l);
      DenseNetwork dec = ae.decoder().layer(layers - 1 - l);
      new ReconstructionTraining(enc, dec, config, progress, cancel).run(h, n, config.pretrainLayerSteps(),
          config.pretrainCorruption(), config.pretrainCorruption(), rng.split());
      if (l + 1 < layers) {
        h = toFloat(Embeddings.embed(enc, h, n));
      }
    }
  }

  private static float[] toFloat(double[] a) {
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      f[i] = (float) a[i];
    }
    return f;
  }
}
