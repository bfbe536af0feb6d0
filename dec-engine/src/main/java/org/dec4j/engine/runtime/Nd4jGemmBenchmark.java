package org.dec4j.engine.runtime;

import org.dec4j.api.engine.GemmBenchmark;
import org.dec4j.engine.nn.Gemm;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The GEMM rate of a training step's shapes on ND4J, with the arrays laid out as {@link
 * org.dec4j.engine.nn.DenseNetwork} lays them out (column-major, preallocated), through the same {@link Gemm} (cut into
 * a block per core) and in its order, each product reading
 * what the one before it wrote: per layer the forward product a W, the weight gradient a^T d and the gradient passed
 * down d W^T. After a warm-up, the median rate of quarter-second windows.
 */
public final class Nd4jGemmBenchmark implements GemmBenchmark {
  private static final long WINDOW_NANOS = 250_000_000L;

  @Override
  public double flopsPerSecond(int[] sizes, int batch, double seconds) {
    return Nd4jRuntime.call(false, () -> measure(sizes, batch, seconds));
  }

  @Override
  public double windowFlopsPerSecond(int[] sizes, int batch, double seconds) {
    return Nd4jRuntime.call(false, () -> {
      Operands o = operands(sizes, batch);
      long t0 = System.nanoTime();
      long steps = 0;
      while (System.nanoTime() - t0 < seconds * 1e9 || steps < 1) {
        step(o.act, o.delta, o.w, o.gw);
        steps++;
      }
      return steps * batch * GemmBenchmark.flopsPerSample(sizes) / ((System.nanoTime() - t0) / 1e9);
    });
  }

  /** The arrays of the last shapes measured, kept for the short readings between a run's intervals. */
  private static final class Operands {
    final int[] sizes;
    final int batch;
    final INDArray[] act;
    final INDArray[] delta;
    final INDArray[] w;
    final INDArray[] gw;

    Operands(int[] sizes, int batch, INDArray[] act, INDArray[] delta, INDArray[] w, INDArray[] gw) {
      this.sizes = sizes.clone();
      this.batch = batch;
      this.act = act;
      this.delta = delta;
      this.w = w;
      this.gw = gw;
    }
  }

  private static Operands last;

  private static synchronized Operands operands(int[] sizes, int batch) {
    Operands o = last;
    if (o != null && o.batch == batch && java.util.Arrays.equals(o.sizes, sizes)) {
      return o;
    }
    int layers = sizes.length - 1;
    // the step's own data flow: each layer's input is the output the layer before it wrote (still in the cache, as in
    // training), each passed-down gradient the next layer's input; weights of scale 1/sqrt(fan-in) keep the values
    // near 1 through all layers (no overflow, no subnormals)
    INDArray[] act = new INDArray[layers + 1];
    INDArray[] delta = new INDArray[layers + 1];
    INDArray[] w = new INDArray[layers];
    INDArray[] gw = new INDArray[layers];
    act[0] = Nd4j.rand(DataType.FLOAT, batch, sizes[0]).dup('f');
    delta[layers] = Nd4j.rand(DataType.FLOAT, batch, sizes[layers]).subi(0.5).dup('f');
    for (int l = 0; l < layers; l++) {
      w[l] = Nd4j.rand(DataType.FLOAT, sizes[l], sizes[l + 1]).subi(0.5).muli(2 / Math.sqrt(sizes[l])).dup('f');
      gw[l] = Nd4j.create(DataType.FLOAT, new long[] { sizes[l], sizes[l + 1] }, 'f');
      act[l + 1] = Nd4j.create(DataType.FLOAT, new long[] { batch, sizes[l + 1] }, 'f');
      delta[l] = Nd4j.create(DataType.FLOAT, new long[] { batch, sizes[l] }, 'f');
    }
    last = new Operands(sizes, batch, act, delta, w, gw);
    return last;
  }

  private static double measure(int[] sizes, int batch, double seconds) {
    Operands o = operands(sizes, batch);
    INDArray[] act = o.act;
    INDArray[] delta = o.delta;
    INDArray[] w = o.w;
    INDArray[] gw = o.gw;
    // a warm-up (first touches of the arrays, BLAS threads starting), then the median rate of short windows: the
    // same statistic as the training's samples/s (the median of its progress intervals after a warm-up)
    long start = System.nanoTime();
    while ((System.nanoTime() - start) / 1e9 < Math.min(1.0, seconds / 3)) {
      step(act, delta, w, gw);
    }
    java.util.List<Double> rates = new java.util.ArrayList<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end || rates.size() < 3) {
      long t0 = System.nanoTime();
      long steps = 0;
      while (System.nanoTime() - t0 < WINDOW_NANOS || steps < 1) {
        step(act, delta, w, gw);
        steps++;
      }
      rates.add(steps * batch * GemmBenchmark.flopsPerSample(sizes) / ((System.nanoTime() - t0) / 1e9));
    }
    java.util.Collections.sort(rates);
    int m = rates.size();
    return m % 2 == 1 ? rates.get(m / 2) : (rates.get(m / 2 - 1) + rates.get(m / 2)) / 2;
  }

  /** One step's GEMMs over the activations, the gradients passed down, the weights and the weight gradients. */
  private static void step(INDArray[] act, INDArray[] delta, INDArray[] w, INDArray[] gw) {
    for (int l = 0; l < w.length; l++) {
      Gemm.multiply(act[l], w[l], act[l + 1], false, false);
    }
    for (int l = w.length - 1; l >= 0; l--) {
      Gemm.multiply(act[l], delta[l + 1], gw[l], true, false);
      if (l > 0) {
        Gemm.multiply(delta[l + 1], w[l], delta[l], false, true);
      }
    }
  }
}
