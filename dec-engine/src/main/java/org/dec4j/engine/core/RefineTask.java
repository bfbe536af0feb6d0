package org.dec4j.engine.core;

import org.dec4j.api.config.Settings;
import org.dec4j.api.parallel.Shared;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.nn.GradientStepper;

/**
 * One refinement round on one partition: the engine's {@link Refinement} on the partition's rows continues from
 * the shared state (the autoencoder's parameters, the centroids, then the optimizers' state, absent in the first
 * round), takes its target from the frequencies of all rows ({@link Refinement#shareFrequencies}), runs the
 * round's steps, and returns its state weighted by its rows: rows x (parameters, centroids, optimizer state,
 * clustering loss per row), then the rows.
 */
final class RefineTask extends StateTask {
  private static final long serialVersionUID = 1L;
  private final double[] frequencies;
  private final int dim;
  private final int round;
  private final int steps;

  RefineTask(Shared<FitContext> context, Shared<float[]> state, double[] frequencies, int paramCount, int dim,
      int round, int steps) {
    super(context, state, paramCount);
    this.frequencies = frequencies;
    this.dim = dim;
    this.round = round;
    this.steps = steps;
  }

  @Override
  double[] work(FitContext c, float[] x, int n, float[] s, int partition) {
    Autoencoder ae = c.autoencoder(x.length / n, s);
    int muSize = c.k() * dim;
    Refinement r = c.refinement(x, n, ae, centroids(s, paramCount, muSize), c.random(c.config().get(
        Settings.SEED), round, partition));
    int at = paramCount + muSize;
    if (s.length > at) {
      for (GradientStepper g : r.steppers()) {
        int len = g.state().length;
        g.restore(java.util.Arrays.copyOfRange(s, at, at + len));
        at += len;
      }
    }
    r.shareFrequencies(frequencies);
    double[] z = Embeddings.embed(ae.encoder(), x, n);
    double loss = r.update(z, r.assign(z));
    for (int t = 0; t < steps; t++) {
      r.step();
    }
    return weighted(n, ae.params().toFloatVector(), r.mu, r.steppers(), loss);
  }

  private static double[] weighted(double w, float[] params, double[] mu, java.util.List<GradientStepper> steppers,
      double loss) {
    java.util.List<float[]> states = steppers.stream().map(GradientStepper::state).toList();
    int size = params.length + mu.length + states.stream().mapToInt(a -> a.length).sum() + 2;
    double[] out = new double[size];
    int at = 0;
    for (float v : params) {
      out[at++] = w * v;
    }
    for (double v : mu) {
      out[at++] = w * v;
    }
    for (float[] a : states) {
      for (float v : a) {
        out[at++] = w * v;
      }
    }
    out[at++] = w * loss;
    out[at] = w;
    return out;
  }
}
