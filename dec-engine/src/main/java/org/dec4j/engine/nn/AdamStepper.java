package org.dec4j.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

/**
 * Adam (Kingma and Ba, ICLR 2015) in one pass over the parameters, split across the cores ({@link CoreWorkers}):
 * \[ m \leftarrow \beta_1 m + (1-\beta_1) g,\quad v \leftarrow \beta_2 v + (1-\beta_2) g^2,\quad
 *    \theta \leftarrow \theta - \eta \frac{\sqrt{1-\beta_2^t}}{1-\beta_1^t} \frac{m}{\sqrt v + \epsilon} \]
 * Measured here it takes a third of the time of ND4J's Adam op followed by the parameter subtraction (the
 * optimizer step was a quarter of a pretraining step). Each chunk of parameters and gradient is copied into Java
 * arrays, updated there and copied back: the loop over a direct buffer's elements ran at a third of the speed of
 * the vectorised loop over arrays. Each element is updated on its own, so the result does not depend on the
 * number of threads.
 */
final class AdamStepper implements GradientStepper {
  static final double BETA1 = 0.9;
  static final double BETA2 = 0.999;
  static final double EPSILON = 1e-8;
  private static final int CHUNK = 1 << 14;
  /** Each thread's copies of a chunk of the parameters and of the gradient. */
  private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(
      () -> new float[][] { new float[CHUNK], new float[CHUNK] });

  private final INDArray params;
  private final int size;
  private float learningRate;
  /** m and v chunk by chunk, so that the update loop indexes every array alike (and the JIT vectorises it). */
  private final float[][] m;
  private final float[][] v;
  private int iteration;

  AdamStepper(INDArray params, double learningRate) {
    requireContiguous(params);
    this.params = params;
    this.learningRate = (float) learningRate;
    this.size = (int) params.length();
    int chunks = (size + CHUNK - 1) / CHUNK;
    this.m = new float[chunks][];
    this.v = new float[chunks][];
    for (int c = 0; c < chunks; c++) {
      m[c] = new float[Math.min(CHUNK, size - c * CHUNK)];
      v[c] = new float[m[c].length];
    }
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
    java.util.function.IntConsumer chunk = c -> {
      float[][] s = SCRATCH.get();
      int from = c * CHUNK;
      int len = m[c].length;
      p.get(po + from, s[0], 0, len);
      g.get(go + from, s[1], 0, len);
      update(s[0], s[1], m[c], v[c], len, alpha);
      p.put(po + from, s[0], 0, len);
    };
    if (CoreWorkers.parts() > 1) {
      CoreWorkers.forEach(m.length, chunk);
    } else {
      IntStream.range(0, m.length).parallel().forEach(chunk);
    }
  }

  /** The update of one chunk, in Java arrays (a direct buffer's element access is not vectorised). */
  private static void update(float[] p, float[] g, float[] m, float[] v, int len, float alpha) {
    final float b1 = (float) BETA1;
    final float b2 = (float) BETA2;
    final float eps = (float) EPSILON;
    for (int i = 0; i < len; i++) {
      float gi = g[i];
      float mi = b1 * m[i] + (1 - b1) * gi;
      float vi = b2 * v[i] + (1 - b2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      p[i] = p[i] - alpha * mi / ((float) Math.sqrt(vi) + eps);
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
    float[] s = new float[2 * size + 1];
    for (int c = 0; c < m.length; c++) {
      System.arraycopy(m[c], 0, s, c * CHUNK, m[c].length);
      System.arraycopy(v[c], 0, s, size + c * CHUNK, v[c].length);
    }
    s[s.length - 1] = iteration;
    return s;
  }

  @Override
  public void restore(float[] state) {
    if (state.length != 2 * size + 1) {
      throw new IllegalArgumentException("Adam state of " + state.length + " values for " + size + " parameters");
    }
    for (int c = 0; c < m.length; c++) {
      System.arraycopy(state, c * CHUNK, m[c], 0, m[c].length);
      System.arraycopy(state, size + c * CHUNK, v[c], 0, v[c].length);
    }
    iteration = Math.round(state[state.length - 1]);
  }
}
