package org.dec4j.engine.autoencoder;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.StepProfile;
import org.dec4j.api.progress.StepProfile.Part;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Device;
import org.dec4j.engine.nn.Dropout;
import org.dec4j.engine.nn.GradientStepper;
import org.dec4j.engine.nn.SquaredError;
import org.dec4j.engine.runtime.ProgressClock;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * The reconstruction loop shared by end-to-end and layer-wise pretraining: an encoder f and a decoder g trained
 * to minimise the mean squared error
 * \[ \frac{1}{b\,d} \sum_i \| h_i - g(\delta_2(f(\delta_1(h_i)))) \|^2 \]
 * over mini-batches, where \(\delta_1, \delta_2\) are optional dropout on the input and on the code (denoising).
 */
final class ReconstructionTraining {
  private final DenseNetwork encoder;
  private final DenseNetwork decoder;
  private final DecConfig config;
  private final Progress progress;
  private final CancellationToken cancel;

  /** Progress across the loops of one pretraining phase. */
  static final class Progress {
    private final TrainingListener listener;
    private final long total;
    private final ProgressClock clock = new ProgressClock(500);
    private long done;
    private double lossSum;
    private int lossCount;
    private double lastLoss = Double.NaN;

    Progress(TrainingListener listener, long total) {
      this.listener = listener;
      this.total = total;
    }

    void step(int rows, double loss) {
      done++;
      lossSum += loss;
      lossCount++;
      if (clock.tick(rows) || done == total) {
        lastLoss = lossSum / lossCount;
        listener.progress(TrainingEvent.of(Phase.PRETRAIN, done, total, lastLoss, clock.rateAndReset()));
        lossSum = 0;
        lossCount = 0;
      }
    }

    double lastLoss() {
      return lastLoss;
    }

    double seconds() {
      return clock.elapsedSeconds();
    }
  }

  ReconstructionTraining(DenseNetwork encoder, DenseNetwork decoder, DecConfig config, Progress progress,
      CancellationToken cancel) {
    this.encoder = encoder;
    this.decoder = decoder;
    this.config = config;
    this.progress = progress;
    this.cancel = cancel;
  }

  /**
   * What one loop did.
   *
   * @param steps optimizer steps taken
   * @param loss mean squared error of the last step
   * @param plateaued whether the plateau rule ended it before its budget
   */
  record Run(int steps, double loss, boolean plateaued) {
  }

  /**
   * @param h rows to reconstruct, row-major n x encoder input
   * @param n rows
   * @param steps optimizer steps, the budget
   * @param inputDropout dropout on the input (0 for none)
   * @param codeDropout dropout on the code between encoder and decoder (0 for none)
   * @param plateau the rule that may stop before the budget, or null to run it all
   * @param rng generator for batch order and noise
   * @return what was done
   */
  Run run(float[] h, int n, int steps, double inputDropout, double codeDropout, Plateau plateau,
      SplittableRandom rng) {
    return run(h, n, steps, inputDropout, codeDropout, plateau, rng, stepper(encoder, config),
        stepper(decoder, config));
  }

  /**
   * {@link #run(float[], int, int, double, double, Plateau, SplittableRandom)} with the optimizers given (a
   * data-parallel round continues the optimizer state the partitions share).
   *
   * @param encStep optimizer of the encoder's parameters
   * @param decStep optimizer of the decoder's parameters
   */
  Run run(float[] h, int n, int steps, double inputDropout, double codeDropout, Plateau plateau,
      SplittableRandom rng, GradientStepper encStep, GradientStepper decStep) {
    int d = encoder.inputSize();
    int b = Math.min(config.get(Settings.BATCH_SIZE), n);
    Batches batches = new Batches(h, n, d, b, rng.split());
    Dropout inNoise = inputDropout > 0 ? new Dropout(b, d, inputDropout, rng.split()) : null;
    Dropout codeNoise = codeDropout > 0 ? new Dropout(b, encoder.outputSize(), codeDropout, rng.split()) : null;
    double scale = 2.0 / ((double) b * d);
    double loss = Double.NaN;
    for (int step = 1; step <= steps; step++) {
      cancel.throwIfCancelled();
      long t = StepProfile.start();
      INDArray xb = batches.next();
      t = StepProfile.add(Part.BATCH, t);
      INDArray in = inNoise == null ? xb : Device.host() ? inNoise.apply(batches.values()) : inNoise.apply(xb);
      t = StepProfile.add(Part.NOISE, t);
      INDArray code = encoder.forward(in);
      t = StepProfile.start();
      INDArray codeIn = codeNoise == null ? code : codeNoise.apply(code);
      t = StepProfile.add(Part.NOISE, t);
      INDArray out = decoder.forward(codeIn);
      t = StepProfile.start();
      INDArray dOut = decoder.outputGradientBuffer(b);
      loss = SquaredError.gradient(out, xb, scale, dOut) / ((double) b * d);
      if (!Double.isFinite(loss)) {
        throw new IllegalStateException("pretraining diverged (loss " + loss + "); lower pretrain-lr (now "
            + config.get(Settings.PRETRAIN_LR) + ")");
      }
      StepProfile.add(Part.LOSS, t);
      INDArray dCode = decoder.backward(dOut, true);
      t = StepProfile.start();
      INDArray dCodeIn = codeNoise == null ? dCode : codeNoise.backprop(dCode);
      StepProfile.add(Part.NOISE, t);
      encoder.backward(dCodeIn, false);
      t = StepProfile.start();
      encStep.step(encoder.gradients());
      decStep.step(decoder.gradients());
      StepProfile.add(Part.OPTIMIZER, t);
      progress.step(b, loss);
      if (plateau != null && plateau.stop(step, encoder, decoder)) {
        return new Run(step, loss, true);
      }
    }
    return new Run(steps, loss, false);
  }

  static GradientStepper stepper(DenseNetwork net, DecConfig c) {
    return switch (c.get(Settings.PRETRAIN_OPTIMIZER)) {
      case ADAM -> GradientStepper.adam(net.params(), c.get(Settings.PRETRAIN_LR));
      case SGD -> GradientStepper.nesterov(net.params(), c.get(Settings.PRETRAIN_LR),
          c.get(Settings.PRETRAIN_MOMENTUM));
    };
  }
}
