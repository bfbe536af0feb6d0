package org.dec4j.engine.autoencoder;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.GradientStepper;
import org.dec4j.engine.runtime.ProgressClock;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;

import java.util.SplittableRandom;

/**
 * End-to-end reconstruction pretraining of the autoencoder: minimise the mean squared error
 * \[ \frac{1}{b\,d} \sum_i \| x_i - g(f(\tilde x_i)) \|^2 \]
 * over mini-batches for a fixed number of optimizer steps, where \(\tilde x\) is x with a share of its values
 * zeroed (masking noise, inverted-dropout scaled) when corruption is configured.
 */
public final class AutoencoderPretrainer {
  /**
   * @param steps steps taken
   * @param finalLoss mean squared error over the last reporting interval
   * @param seconds wall time
   */
  public record Result(int steps, double finalLoss, double seconds) {
  }

  /**
   * @param ae the autoencoder, trained in place
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @param config configuration (steps, batch size, optimizer, corruption)
   * @param rng generator for batch orders and noise
   * @param listener progress
   * @param cancel checked every batch
   * @return what was done
   */
  public Result pretrain(Autoencoder ae, float[] x, int n, DecConfig config, SplittableRandom rng,
      TrainingListener listener, CancellationToken cancel) {
    int d = ae.encoder().inputSize();
    int steps = config.pretrainSteps();
    int b = Math.min(config.batchSize(), n);
    listener.phaseStarted(Phase.PRETRAIN, steps);
    ProgressClock clock = new ProgressClock(500);
    if (steps == 0) {
      listener.phaseEnded(Phase.PRETRAIN, 0, "skipped (0 steps)");
      return new Result(0, Double.NaN, 0);
    }
    GradientStepper stepper = new GradientStepper(ae.params(), updater(config));
    Batches batches = new Batches(x, n, d, b, rng.split());
    Corruption noise = config.pretrainCorruption() > 0 ? new Corruption(b, d, config.pretrainCorruption(), rng.split())
        : null;
    double scale = 2.0 / ((double) b * d);
    double lossSum = 0;
    int lossCount = 0;
    double lastLoss = Double.NaN;
    for (int step = 1; step <= steps; step++) {
      cancel.throwIfCancelled();
      INDArray xb = batches.next();
      INDArray in = noise == null ? xb : noise.apply(batches.values());
      INDArray out = ae.decoder().forward(ae.encoder().forward(in));
      INDArray dOut = ae.decoder().outputGradientBuffer(b);
      dOut.assign(out).subi(xb);
      double norm = dOut.norm2Number().doubleValue();
      lossSum += norm * norm / ((double) b * d);
      lossCount++;
      dOut.muli(scale);
      INDArray dz = ae.decoder().backward(dOut, true);
      ae.encoder().backward(dz, false);
      stepper.step(ae.gradients());
      if (clock.tick(b) || step == steps) {
        lastLoss = lossSum / lossCount;
        if (!Double.isFinite(lastLoss)) {
          throw new IllegalStateException("pretraining diverged at step " + step + " (loss " + lastLoss
              + "); lower pretrainLearningRate (now " + config.pretrainLearningRate() + ")");
        }
        listener.progress(TrainingEvent.of(Phase.PRETRAIN, step, steps, lastLoss, clock.rateAndReset()));
        lossSum = 0;
        lossCount = 0;
      }
    }
    double seconds = clock.elapsedSeconds();
    listener.phaseEnded(Phase.PRETRAIN, seconds, String.format(java.util.Locale.ROOT,
        "%d steps (%d epochs), reconstruction MSE %.5f, %.0f samples/s", steps, batches.epoch() + 1, lastLoss,
        steps * (double) b / seconds));
    return new Result(steps, lastLoss, seconds);
  }

  private static IUpdater updater(DecConfig c) {
    return switch (c.pretrainOptimizer()) {
      case ADAM -> new Adam(c.pretrainLearningRate());
      case SGD -> new Nesterovs(c.pretrainLearningRate(), c.pretrainMomentum());
    };
  }

  /** Masking noise: each value zeroed with probability p, the others scaled by 1 / (1 - p). */
  private static final class Corruption {
    private final float[] values;
    private final INDArray buffer;
    private final double p;
    private final float keepScale;
    private final SplittableRandom rng;

    Corruption(int b, int d, double p, SplittableRandom rng) {
      this.values = new float[b * d];
      this.buffer = Nd4j.create(DataType.FLOAT, new long[] { b, d }, 'f');
      this.p = p;
      this.keepScale = (float) (1.0 / (1.0 - p));
      this.rng = rng;
    }

    INDArray apply(float[] clean) {
      for (int i = 0; i < clean.length; i++) {
        values[i] = rng.nextDouble() < p ? 0f : clean[i] * keepScale;
      }
      Batches.fill(buffer, values);
      return buffer;
    }
  }
}
