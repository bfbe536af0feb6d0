package org.dec4j.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

/**
 * Adam (Kingma and Ba, ICLR 2015) in one pass over the parameters, split across the cores:
 * \[ m \leftarrow \beta_1 m + (1-\beta_1) g,\quad v \leftarrow \beta_2 v + (1-\beta_2) g^2,\quad
 *    \theta \leftarrow \theta - \eta \frac{\sqrt{1-\beta_2^t}}{1-\beta_1^t} \frac{m}{\sqrt v + \epsilon} \]
 * Measured here it takes a third of the time of ND4J's Adam op followed by the parameter subtraction (the
 * optimizer step was a quarter of a pretraining step). Each element is updated on its own, so the result does
 * not depend on the number of threads.
 */
final class AdamStepper implements GradientStepper {
  static final double BETA1 = 0.9;
  static final double BETA2 = 0.999;
  static final double EPSILON = 1e-8;
  private static final int CHUNK = 1 << 16;

  private final INDArray params;
  private float learningRate;
  private final float[] m;
  private final float[] v;
  private int iteration;

  AdamStepper(INDArray params, double learningRate) {
    requireContiguous(params);
    this.params = params;
    this.learningRate = (float) learningRate;
    this.m = new float[(int) params.length()];
    this.v = new float[m.length];
  }

  private static void requireContiguous(INDArray a) {
    if (a.elementWiseStride() != 1 || a.length() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("flat vectors must be contiguous");
    }
  }

  @Override
  public void step(INDArray gradient) {
    requireContiguous(gradient);
    iteration++;
    float alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, iteration)) / (1 - Math.pow(BETA1, iteration)));
    FloatBuffer p = params.data().asNioFloat();
    FloatBuffer g = gradient.data().asNioFloat();
    int po = (int) params.offset();
    int go = (int) gradient.offset();
    int chunks = (m.length + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(c -> update(p, po, g, go, c * CHUNK,
        Math.min(m.length, (c + 1) * CHUNK), alpha));
  }

  private void update(FloatBuffer p, int po, FloatBuffer g, int go, int from, int to, float alpha) {
    final float b1 = (float) BETA1;
    final float b2 = (float) BETA2;
    final float eps = (float) EPSILON;
    for (int i = from; i < to; i++) {
      float gi = g.get(go + i);
      float mi = b1 * m[i] + (1 - b1) * gi;
      float vi = b2 * v[i] + (1 - b2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      p.put(po + i, p.get(po + i) - alpha * mi / ((float) Math.sqrt(vi) + eps));
    }
  }

  @Override
  public void learningRate(double rate) {
    learningRate = (float) rate;
  }

  @Override
  public int iterations() {
    return iteration;
  }

  /** m, then v, then the step count. */
  @Override
  public float[] state() {
    float[] s = new float[2 * m.length + 1];
    System.arraycopy(m, 0, s, 0, m.length);
    System.arraycopy(v, 0, s, m.length, v.length);
    s[s.length - 1] = iteration;
    return s;
  }

  @Override
  public void restore(float[] state) {
    if (state.length != 2 * m.length + 1) {
      throw new IllegalArgumentException("Adam state of " + state.length + " values for " + m.length + " parameters");
    }
    System.arraycopy(state, 0, m, 0, m.length);
    System.arraycopy(state, m.length, v, 0, v.length);
    iteration = Math.round(state[state.length - 1]);
  }
}
