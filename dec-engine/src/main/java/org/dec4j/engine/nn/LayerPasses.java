package org.dec4j.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

/**
 * The passes of a dense layer around its GEMMs, each done in one sweep over host memory instead of two or three
 * ND4J operations: the bias added and ReLU applied (forward); the ReLU's derivative applied to the gradient and the
 * bias gradient summed (backward); the squared error of a reconstruction and its gradient. The values are those of
 * the ND4J operations they replace, bit for bit ({@code LayerPassesTest}): each column is summed in row order, as
 * ND4J sums it. The work is split by columns across the cores ({@link CoreWorkers}); each chunk is copied into Java
 * arrays, updated there and copied back, since a loop over a direct buffer's elements is not vectorised. Measured on
 * the autoencoder's shapes (batch 256): forward 0.8 ms against 1.5 ms for ND4J's bias and ReLU operations, backward
 * 0.9 against 2.3.
 *
 * <p>Host memory only (the CPU backend, {@link Device#host()}); arrays are column-major and not views, a bias or
 * bias gradient is a contiguous row (a view into a flat parameter vector).</p>
 */
final class LayerPasses {
  /** Values per chunk (32 KB, a whole number of columns when a column is shorter). */
  private static final int CHUNK = 1 << 13;
  /**
   * Without {@link CoreWorkers}, arrays smaller than this (4 MB) are done on the calling thread. A training step's
   * passes on the Java pool between BLAS calls slowed the GEMMs after them (its worker still running when OpenBLAS's
   * threads start): on 2 cores, batch 256, the whole step ran 19-31% faster with the passes on the calling thread.
   */
  private static final int PARALLEL_FROM = 1 << 20;
  /** With {@link CoreWorkers} (already awake from the product before), arrays from this size (256 KB) are cut. */
  private static final int WORKERS_FROM = 1 << 16;
  /** Scales a positive float, however small, to at least 1 (2^-149 * 2^252 = 2^103), so min(1, .) is the step. */
  private static final float HALF_SCALE = 0x1p126f;
  private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][CHUNK]);
  /** The calling thread's per-task partial sums of {@link #squaredErrorGradient}. */
  private static final ThreadLocal<double[][]> PARTIALS = ThreadLocal.withInitial(() -> new double[1][16]);

  private LayerPasses() {
  }

  /** The work on columns [from, to) of a chunk, whose values are in the scratch arrays. */
  private interface Columns {
    void run(int task, int from, int to, float[] a, float[] b);
  }

  /**
   * out = z + b, or max(0, z + b), per row.
   *
   * @param z rows x cols, column-major (not changed unless it is out)
   * @param bias 1 x cols
   * @param out rows x cols, column-major; may be z
   * @param relu whether to apply ReLU
   */
  static void biasActivation(INDArray z, INDArray bias, INDArray out, boolean relu) {
    forColumns((int) z.rows(), (int) z.columns(), biasActivationWork(z, bias, out, relu));
  }

  /**
   * {@link #biasActivation(INDArray, INDArray, INDArray, boolean)} of columns [from, to) only, on the calling thread
   * (a product's block, {@link Gemm}).
   */
  static void biasActivation(INDArray z, INDArray bias, INDArray out, boolean relu, int from, int to) {
    forRange((int) z.rows(), from, to, biasActivationWork(z, bias, out, relu));
  }

  private static Columns biasActivationWork(INDArray z, INDArray bias, INDArray out, boolean relu) {
    int rows = (int) z.rows();
    FloatBuffer zb = z.data().asNioFloat();
    FloatBuffer ob = out.data().asNioFloat();
    FloatBuffer bb = bias.data().asNioFloat();
    int bo = (int) bias.offset();
    return (task, from, to, a, unused) -> {
      int len = (to - from) * rows;
      zb.get(from * rows, a, 0, len);
      for (int c = from; c < to; c++) {
        float bc = bb.get(bo + c);
        int end = (c - from + 1) * rows;
        if (relu) {
          for (int i = end - rows; i < end; i++) {
            a[i] = Math.max(a[i] + bc, 0f);
          }
        } else {
          for (int i = end - rows; i < end; i++) {
            a[i] = a[i] + bc;
          }
        }
      }
      ob.put(from * rows, a, 0, len);
    };
  }

  /**
   * The backward pass of a layer's bias and activation: for ReLU d := d * step(a) (1 where a &gt; 0, else 0);
   * then biasGradient := the column sums of d.
   *
   * @param a the layer's output, rows x cols, column-major (read only for ReLU)
   * @param d the gradient with respect to the output, rows x cols, column-major (overwritten for ReLU)
   * @param biasGradient 1 x cols
   * @param relu whether the activation is ReLU (else identity)
   */
  static void biasActivationBackward(INDArray a, INDArray d, INDArray biasGradient, boolean relu) {
    forColumns((int) d.rows(), (int) d.columns(), biasActivationBackwardWork(a, d, biasGradient, relu));
  }

  /**
   * {@link #biasActivationBackward(INDArray, INDArray, INDArray, boolean)} of columns [from, to) only, on the calling
   * thread (a product's block, {@link Gemm}).
   */
  static void biasActivationBackward(INDArray a, INDArray d, INDArray biasGradient, boolean relu, int from, int to) {
    forRange((int) d.rows(), from, to, biasActivationBackwardWork(a, d, biasGradient, relu));
  }

  private static Columns biasActivationBackwardWork(INDArray a, INDArray d, INDArray biasGradient, boolean relu) {
    int rows = (int) d.rows();
    FloatBuffer ab = relu ? a.data().asNioFloat() : null;
    FloatBuffer db = d.data().asNioFloat();
    FloatBuffer gb = biasGradient.data().asNioFloat();
    int go = (int) biasGradient.offset();
    return (task, from, to, g, act) -> {
      int len = (to - from) * rows;
      db.get(from * rows, g, 0, len);
      if (relu) {
        ab.get(from * rows, act, 0, len);
        for (int i = 0; i < len; i++) {
          g[i] = g[i] * Math.min(1f, Math.abs(act[i]) * HALF_SCALE * HALF_SCALE);
        }
        db.put(from * rows, g, 0, len);
      }
      columnSums(g, rows, from, to, gb, go);
    };
  }

  /**
   * Sums each column in row order from +0; four columns at a time, so the additions of one do not wait on each
   * other. A single row is copied (as ND4J does, which keeps a -0).
   */
  private static void columnSums(float[] v, int rows, int from, int to, FloatBuffer out, int offset) {
    if (rows == 1) {
      out.put(offset + from, v, 0, to - from);
      return;
    }
    int c = from;
    for (; c + 4 <= to; c += 4) {
      int b = (c - from) * rows;
      float s0 = 0;
      float s1 = 0;
      float s2 = 0;
      float s3 = 0;
      for (int i = 0; i < rows; i++) {
        s0 += v[b + i];
        s1 += v[b + rows + i];
        s2 += v[b + 2 * rows + i];
        s3 += v[b + 3 * rows + i];
      }
      out.put(offset + c, s0);
      out.put(offset + c + 1, s1);
      out.put(offset + c + 2, s2);
      out.put(offset + c + 3, s3);
    }
    for (; c < to; c++) {
      int b = (c - from) * rows;
      float s = 0;
      for (int i = 0; i < rows; i++) {
        s += v[b + i];
      }
      out.put(offset + c, s);
    }
  }

  /**
   * The gradient of a squared error: d := (out - target) * scale, in floats.
   *
   * @param out rows x cols, column-major
   * @param target rows x cols, column-major
   * @param scale the factor (e.g. 2 / (rows cols) for the mean)
   * @param d rows x cols, column-major; may be out
   * @return the sum of the squared differences (accumulated in doubles)
   */
  static double squaredErrorGradient(INDArray out, INDArray target, float scale, INDArray d) {
    int rows = (int) out.rows();
    int cols = (int) out.columns();
    FloatBuffer ob = out.data().asNioFloat();
    FloatBuffer tb = target.data().asNioFloat();
    FloatBuffer db = d.data().asNioFloat();
    int tasks = tasks(rows, cols);
    double[][] holder = PARTIALS.get();
    if (holder[0].length < tasks) {
      holder[0] = new double[tasks];
    }
    double[] partial = holder[0];
    forColumns(rows, cols, (task, from, to, o, t) -> {
      int len = (to - from) * rows;
      ob.get(from * rows, o, 0, len);
      tb.get(from * rows, t, 0, len);
      double sum = 0;
      for (int i = 0; i < len; i++) {
        float diff = o[i] - t[i];
        sum += (double) diff * diff;
        o[i] = diff * scale;
      }
      db.put(from * rows, o, 0, len);
      partial[task] = sum;
    });
    double total = 0;
    for (int t = 0; t < tasks; t++) {
      total += partial[t];
    }
    return total;
  }

  private static int columnsPerTask(int rows) {
    return Math.max(1, CHUNK / Math.max(1, rows));
  }

  private static int tasks(int rows, int cols) {
    int per = columnsPerTask(rows);
    return (cols + per - 1) / per;
  }

  /** Runs the work over chunks of whole columns, in parallel when the array is large enough. */
  private static void forColumns(int rows, int cols, Columns work) {
    int per = columnsPerTask(rows);
    int tasks = tasks(rows, cols);
    int need = per * rows;
    long size = (long) rows * cols;
    if (tasks > 1 && CoreWorkers.parts() > 1 && size >= WORKERS_FROM) {
      CoreWorkers.forEach(tasks, t -> run(work, t, per, cols, need));
    } else if (tasks > 1 && size >= PARALLEL_FROM) {
      IntStream.range(0, tasks).parallel().forEach(t -> run(work, t, per, cols, need));
    } else {
      for (int t = 0; t < tasks; t++) {
        run(work, t, per, cols, need);
      }
    }
  }

  /** Runs the work over chunks of whole columns of [from, to), one after the other. */
  private static void forRange(int rows, int from, int to, Columns work) {
    int per = columnsPerTask(rows);
    float[][] s = scratch(per * rows);
    for (int c = from; c < to; c += per) {
      work.run(0, c, Math.min(to, c + per), s[0], s[1]);
    }
  }

  private static float[][] scratch(int need) {
    float[][] s = SCRATCH.get();
    if (s[0].length < need) {
      s = new float[2][need];
      SCRATCH.set(s);
    }
    return s;
  }

  private static void run(Columns work, int task, int per, int cols, int need) {
    float[][] s = scratch(need);
    int from = task * per;
    work.run(task, from, Math.min(cols, from + per), s[0], s[1]);
  }
}
