package org.dec4j.engine.runtime;

import org.dec4j.api.engine.GemmBenchmark;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The GEMM rate of a training step's shapes on ND4J, with the arrays laid out as {@link
 * org.dec4j.engine.nn.DenseNetwork} lays them out (column-major, preallocated): per layer the forward product
 * a W, the weight gradient a^T d and the gradient passed down d W^T. After a warm-up, the median rate of quarter-second
 * windows.
 */
public final class Nd4jGemmBenchmark implements GemmBenchmark {
  private static final long WINDOW_NANOS = 250_000_000L;

  @Override
  public double flopsPerSecond(int[] sizes, int batch, double seconds) {
    return Nd4jRuntime.call(false, () -> measure(sizes, batch, seconds));
  }

  private static double measure(int[] sizes, int batch, double seconds) {
    int layers = sizes.length - 1;
    INDArray[][] a = new INDArray[layers][];
    for (int l = 0; l < layers; l++) {
      a[l] = new INDArray[] { Nd4j.rand(DataType.FLOAT, batch, sizes[l]).dup('f'),
          Nd4j.rand(DataType.FLOAT, sizes[l], sizes[l + 1]).dup('f'),
          Nd4j.create(DataType.FLOAT, new long[] { batch, sizes[l + 1] }, 'f'),
          Nd4j.create(DataType.FLOAT, new long[] { sizes[l], sizes[l + 1] }, 'f'),
          Nd4j.create(DataType.FLOAT, new long[] { batch, sizes[l] }, 'f') };
    }
    // a warm-up (first touches of the arrays, BLAS threads starting), then the median rate of short windows: the
    // same statistic as the training's samples/s (the median of its progress intervals after a warm-up)
    long start = System.nanoTime();
    while ((System.nanoTime() - start) / 1e9 < Math.min(1.0, seconds / 3)) {
      step(a, layers);
    }
    java.util.List<Double> rates = new java.util.ArrayList<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (System.nanoTime() < end || rates.size() < 3) {
      long t0 = System.nanoTime();
      long steps = 0;
      while (System.nanoTime() - t0 < WINDOW_NANOS || steps < 1) {
        step(a, layers);
        steps++;
      }
      rates.add(steps * batch * GemmBenchmark.flopsPerSample(sizes) / ((System.nanoTime() - t0) / 1e9));
    }
    java.util.Collections.sort(rates);
    int m = rates.size();
    return m % 2 == 1 ? rates.get(m / 2) : (rates.get(m / 2 - 1) + rates.get(m / 2)) / 2;
  }

  private static void step(INDArray[][] a, int layers) {
    for (int l = 0; l < layers; l++) {
      Nd4j.gemm(a[l][0], a[l][1], a[l][2], false, false, 1.0, 0.0);
    }
    for (int l = layers - 1; l >= 0; l--) {
      Nd4j.gemm(a[l][0], a[l][2], a[l][3], true, false, 1.0, 0.0);
      if (l > 0) {
        Nd4j.gemm(a[l][2], a[l][1], a[l][4], false, true, 1.0, 0.0);
      }
    }
  }
}
