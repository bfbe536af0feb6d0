package org.dec4j.engine.runtime;

import org.dec4j.api.engine.GemmBenchmark;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The GEMM rate of a training step's shapes on ND4J, with the arrays laid out as {@link
 * org.dec4j.engine.nn.DenseNetwork} lays them out (column-major, preallocated): per layer the forward product
 * a W, the weight gradient a^T d and the gradient passed down d W^T.
 */
public final class Nd4jGemmBenchmark implements GemmBenchmark {
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
    step(a, layers);
    long t0 = System.nanoTime();
    long steps = 0;
    while ((System.nanoTime() - t0) / 1e9 < seconds || steps < 3) {
      step(a, layers);
      steps++;
    }
    double elapsed = (System.nanoTime() - t0) / 1e9;
    return steps * batch * GemmBenchmark.flopsPerSample(sizes) / elapsed;
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
