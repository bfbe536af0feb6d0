package org.dec4j.engine.autoencoder;

import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;

import java.util.Locale;

/**
 * The stopping rule of automatic pretraining: every {@code every} steps the reconstruction error of a fixed sample
 * of the rows is measured (without noise), and training stops once the best error has not improved by at least
 * {@value #MIN_GAIN} (relative) for {@value #PATIENCE} checks in a row: a smoothed plateau test of the training
 * error, measured the same way at every check rather than averaged over noisy batches. A small table whose network
 * has learnt it stops there; a large data set that still gains goes on to the budget.
 */
final class Plateau {
  /** Relative improvement of the best watched error that counts as progress. */
  static final double MIN_GAIN = 0.01;
  /** Checks without progress before stopping. */
  static final int PATIENCE = 5;

  private final float[] held;
  private final int rows;
  private final int every;
  private double best = Double.POSITIVE_INFINITY;
  private int bestStep;
  private int stale;
  private double last = Double.NaN;
  private int checks;

  /**
   * @param held the watched rows, row-major rows x the network's input size
   * @param rows how many
   * @param every steps between checks
   */
  Plateau(float[] held, int rows, int every) {
    this.held = held;
    this.rows = rows;
    this.every = Math.max(1, every);
  }

  /**
   * @param step steps taken so far
   * @param encoder the encoder being trained
   * @param decoder its decoder
   * @return whether to stop now (checked only every {@code every} steps)
   */
  boolean stop(int step, DenseNetwork encoder, DenseNetwork decoder) {
    if (step % every != 0) {
      return false;
    }
    last = error(encoder, decoder);
    checks++;
    if (last < best * (1 - MIN_GAIN)) {
      best = last;
      bestStep = step;
      stale = 0;
    } else {
      best = Math.min(best, last);
      stale++;
    }
    return stale >= PATIENCE;
  }

  /** @return the watched rows' reconstruction MSE at the last check */
  double lastError() {
    return last;
  }

  /**
   * @param step the step training stopped at
   * @param stopped whether this rule stopped it (else the budget did)
   * @return why training ended, in words
   */
  String reason(int step, boolean stopped) {
    if (stopped) {
      return String.format(Locale.ROOT, "stopped at step %d: the reconstruction error of %d watched rows (%.5f)"
          + " had not improved by %.0f%% since step %d", step, rows, last, 100 * MIN_GAIN, bestStep);
    }
    return String.format(Locale.ROOT, "ran its budget of %d steps, still improving (error of the watched rows %.5f"
        + " at the last of %d checks)", step, last, checks);
  }

  private double error(DenseNetwork encoder, DenseNetwork decoder) {
    double[] out = Embeddings.embed(decoder, Embeddings.toFloat(Embeddings.embed(encoder, held, rows)), rows);
    double sum = 0;
    for (int i = 0; i < out.length; i++) {
      double e = out[i] - held[i];
      sum += e * e;
    }
    return sum / out.length;
  }
}
