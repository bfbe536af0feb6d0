package org.dec4j.engine.core;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.parallel.Shared;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.PartitionPretraining;

/**
 * One pretraining round of one stage on one partition ({@link PartitionPretraining#round}): from the shared state
 * (the autoencoder's parameters, then the stage's optimizers' state, absent in its first round) to the
 * partition's, weighted by its rows: the vector is rows x (parameters, optimizer state, last loss), then the rows.
 */
final class PretrainTask extends StateTask {
  private static final long serialVersionUID = 1L;
  private final int stage;
  private final int round;
  private final int steps;

  PretrainTask(Shared<FitContext> context, Shared<float[]> state, int paramCount, int stage, int round,
      int steps) {
    super(context, state, paramCount);
    this.stage = stage;
    this.round = round;
    this.steps = steps;
  }

  @Override
  double[] work(FitContext c, float[] x, int n, float[] s, int partition) {
    DecConfig config = c.config();
    Autoencoder ae = c.autoencoder(x.length / n, s);
    float[] optimizer = s.length > paramCount ? java.util.Arrays.copyOfRange(s, paramCount, s.length) : null;
    float[] after = PartitionPretraining.round(ae, optimizer, x, n, config, stage, steps, c.random(
        config.get(Settings.SEED), round, partition));
    double w = n;
    double[] out = new double[paramCount + after.length + 1];
    float[] params = ae.params().toFloatVector();
    for (int i = 0; i < paramCount; i++) {
      out[i] = w * params[i];
    }
    for (int i = 0; i < after.length; i++) {
      out[paramCount + i] = w * after[i];
    }
    out[out.length - 1] = w;
    return out;
  }
}
