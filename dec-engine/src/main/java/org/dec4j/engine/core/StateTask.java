package org.dec4j.engine.core;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.parallel.PartitionTask;
import org.dec4j.api.parallel.Shared;

/**
 * A task of a data-parallel fit that reads the shared state: the fit's context and a flat state vector (the
 * autoencoder's {@code paramCount} parameters first, then what the phase adds: centroids, optimizer state). It
 * runs on the partition's scaled rows under the engine's ND4J conditions; a partition without rows gives the
 * empty vector, which adds nothing.
 */
abstract class StateTask implements PartitionTask {
  private static final long serialVersionUID = 1L;
  private final Shared<FitContext> context;
  private final Shared<float[]> state;
  /** Parameters of the autoencoder at the head of the state. */
  protected final int paramCount;

  StateTask(Shared<FitContext> context, Shared<float[]> state, int paramCount) {
    this.context = context;
    this.state = state;
    this.paramCount = paramCount;
  }

  @Override
  public final double[] run(FloatMatrix rows, int partition) {
    if (rows.rows() == 0) {
      return new double[0];
    }
    FitContext c = context.value();
    return c.onWorker(() -> work(c, c.scale(rows), rows.rows(), state.value(), partition));
  }

  /**
   * @param c the fit's context
   * @param x the partition's scaled rows, row-major
   * @param n its rows
   * @param s the shared state
   * @param partition the partition's index
   * @return this partition's vector
   */
  abstract double[] work(FitContext c, float[] x, int n, float[] s, int partition);

  /**
   * @param s a state
   * @param paramCount parameters before the centroids
   * @param size k x latent size
   * @return the centroids stored after the parameters
   */
  static double[] centroids(float[] s, int paramCount, int size) {
    double[] mu = new double[size];
    for (int i = 0; i < size; i++) {
      mu[i] = s[paramCount + i];
    }
    return mu;
  }

  /** The sums of weighted vectors over their weight (the last value), without it. */
  static double[] average(double[] sum) {
    double w = sum[sum.length - 1];
    double[] avg = new double[sum.length - 1];
    for (int i = 0; i < avg.length; i++) {
      avg[i] = sum[i] / w;
    }
    return avg;
  }

  static float[] toFloat(double[] a, int length) {
    float[] f = new float[length];
    for (int i = 0; i < length; i++) {
      f[i] = (float) a[i];
    }
    return f;
  }

  static float[] concat(float[] a, double[] b) {
    float[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    for (int i = 0; i < b.length; i++) {
      out[a.length + i] = (float) b[i];
    }
    return out;
  }

  /**
   * @param d input columns
   * @param config the resolved configuration
   * @param state a state (the autoencoder's parameters first)
   * @return the encoder holding its parameters, frozen for a model (no gradients)
   */
  static org.dec4j.engine.nn.DenseNetwork encoder(int d, org.dec4j.api.config.DecConfig config, float[] state) {
    org.dec4j.engine.nn.DenseNetwork net = new org.dec4j.engine.autoencoder.AutoencoderFactory().holding(d, config,
        state).encoder();
    return new org.dec4j.engine.nn.DenseNetwork(net.sizes(), net.activations(), net.params().dup(), null);
  }
}
