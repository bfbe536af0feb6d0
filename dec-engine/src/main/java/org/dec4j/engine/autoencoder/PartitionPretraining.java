package org.dec4j.engine.autoencoder;

import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Pretraining;
import org.dec4j.api.config.Settings;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.nn.GradientStepper;

import java.util.SplittableRandom;

/**
 * Pretraining on one partition's rows for one round of a data-parallel fit: the autoencoder and the optimizers
 * continue from the state all partitions share, run the round's steps, and return their state for averaging.
 * The stages are the single machine's ({@link AutoencoderPretrainer}): with the layer-wise recipe, each layer pair
 * in turn on the output of the layers before it (denoising, {@code pretrain-corruption} on its input and code),
 * then the whole autoencoder end to end; else end to end only. Each stage runs its whole budget: there is no
 * plateau stop in a data-parallel fit.
 */
public final class PartitionPretraining {
  private PartitionPretraining() {
  }

  /**
   * The stages of pretraining and their budgets, in batches summed over partitions: the budgets the recipe gives
   * one machine (its automatic budgets for these rows where they are automatic).
   *
   * @param config the resolved configuration
   * @param rows all rows of all partitions
   * @param layers encoder layers
   * @return per stage its steps: one per layer pair with the layer-wise recipe, then the end-to-end stage
   */
  public static int[] budgets(DecConfig config, int rows, int layers) {
    Pretraining recipe = config.get(Settings.PRETRAINING).resolve(rows);
    Integer layerSteps = config.get(Settings.PRETRAIN_LAYER_STEPS);
    Integer steps = config.get(Settings.PRETRAIN_STEPS);
    int batch = Math.min(config.get(Settings.BATCH_SIZE), rows);
    if (recipe == Pretraining.LAYERWISE) {
      int[] b = new int[layers + 1];
      java.util.Arrays.fill(b, 0, layers, layerSteps != null ? layerSteps : AutoRecipe.layerSteps(rows, batch));
      b[layers] = steps != null ? steps : AutoRecipe.fineTuneSteps(rows, batch);
      return b;
    }
    boolean auto = config.get(Settings.PRETRAINING) == Pretraining.AUTO;
    return new int[] { steps == null ? AutoRecipe.endToEndSteps(rows, batch) : auto && layerSteps != null
        ? layers * layerSteps + steps : steps };
  }

  /**
   * @param config the resolved configuration
   * @return the input corruption of the end-to-end stage: {@code pretrain-corruption} where the recipe is
   *     END_TO_END by choice, else none (as the fine-tuning of the layer-wise recipe and the automatic recipe)
   */
  static double corruption(DecConfig config) {
    return config.get(Settings.PRETRAINING) == Pretraining.END_TO_END ? config.get(Settings.PRETRAIN_CORRUPTION)
        : 0;
  }

  /**
   * One round on one partition.
   *
   * @param ae the autoencoder, holding the shared parameters (trained in place)
   * @param optimizer the stage's two optimizers' shared state (encoder side's, then decoder side's), or null for
   *     fresh ones (the stage's first round)
   * @param x the partition's scaled rows, row-major
   * @param n its rows
   * @param config the resolved configuration
   * @param stage the layer pair trained (0 the outermost), or the number of encoder layers for end to end
   * @param steps steps of this round
   * @param rng this partition's generator for this round
   * @return the optimizers' state after the steps, then the last step's reconstruction error
   */
  public static float[] round(Autoencoder ae, float[] optimizer, float[] x, int n, DecConfig config, int stage,
      int steps, SplittableRandom rng) {
    int layers = ae.encoder().layers();
    boolean pair = stage < layers;
    DenseNetwork encoder = pair ? ae.encoder().layer(stage) : ae.encoder();
    DenseNetwork decoder = pair ? ae.decoder().layer(layers - 1 - stage) : ae.decoder();
    float[] h = x;
    for (int l = 0; l < (pair ? stage : 0); l++) {
      h = Embeddings.toFloat(Embeddings.embed(ae.encoder().layer(l), h, n));
    }
    GradientStepper enc = ReconstructionTraining.stepper(encoder, config);
    GradientStepper dec = ReconstructionTraining.stepper(decoder, config);
    int encSize = enc.state().length;
    if (optimizer != null) {
      enc.restore(java.util.Arrays.copyOfRange(optimizer, 0, encSize));
      dec.restore(java.util.Arrays.copyOfRange(optimizer, encSize, optimizer.length));
    }
    double inputNoise = pair ? config.get(Settings.PRETRAIN_CORRUPTION) : corruption(config);
    ReconstructionTraining.Run run = new ReconstructionTraining(encoder, decoder, config,
        new ReconstructionTraining.Progress(TrainingListener.NONE, steps), CancellationToken.create()).run(h, n,
        steps, inputNoise, pair ? inputNoise : 0, null, rng, enc, dec);
    float[] e = enc.state();
    float[] d = dec.state();
    float[] out = java.util.Arrays.copyOf(e, e.length + d.length + 1);
    System.arraycopy(d, 0, out, e.length, d.length);
    out[out.length - 1] = (float) run.loss();
    return out;
  }
}
