package org.dec4j.engine.nn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fused host passes ({@link LayerPasses}) give the bits the ND4J operations they replace give (the device
 * paths, run here on the CPU backend): a network's output, its input gradient and every parameter's gradient, for
 * shapes on both sides of the chunk and parallel thresholds, with values that put a pre-activation exactly on zero;
 * and the squared error's gradient.
 */
class LayerPassesTest {
  @BeforeEach
  void productsInOneBlock() {
    Gemm.threads(1); // the device paths multiply through Nd4j.gemm: the same BLAS call as one block
  }

  @AfterEach
  void backToTheBackendsPaths() {
    Device.usePaths(null);
    Gemm.threads(Integer.MAX_VALUE);
  }

  @ParameterizedTest
  @CsvSource({ "256, 784, 500", "256, 500, 10", "16, 30, 784", "7, 5, 3", "1, 4, 5", "9000, 3, 4", "40000, 2, 3",
      "1400, 784, 800" })
  void aNetworksPassesAreNd4jsBitForBit(int rows, int in, int width) {
    int[] sizes = { in, width, width, in };
    LayerActivation[] acts = { LayerActivation.RELU, LayerActivation.IDENTITY, LayerActivation.RELU };
    long p = DenseNetwork.parameterCount(sizes);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, p);
    WeightInit.glorotUniform(sizes, params, new SplittableRandom(rows + in));
    SplittableRandom rng = new SplittableRandom(width);
    for (long i = 0; i < p; i++) {
      if (rng.nextInt(5) == 0) {
        params.putScalar(0, i, rng.nextDouble() - 0.5); // biases (and weights) that are not zero
      }
    }
    INDArray x = input(rows, in, rng);
    Device.usePaths(false);
    DenseNetwork host = new DenseNetwork(sizes, acts, params, Nd4j.create(DataType.FLOAT, 1, p));
    Device.usePaths(true);
    DenseNetwork device = new DenseNetwork(sizes, acts, params, Nd4j.create(DataType.FLOAT, 1, p));
    INDArray g = input(rows, in, rng);
    assertBits(device.forward(x), host.forward(x), "output");
    assertBits(device.backward(g.dup('f'), true), host.backward(g.dup('f'), true), "input gradient");
    assertBits(device.gradients(), host.gradients(), "parameter gradients");
    assertBits(device.output(x), host.output(x), "inference output");
  }

  @ParameterizedTest
  @CsvSource({ "256, 784", "16, 3", "1, 1", "9000, 5", "1400, 784" })
  void theSquaredErrorsGradientIsNd4jsBitForBit(int rows, int cols) {
    SplittableRandom rng = new SplittableRandom(rows * 31L + cols);
    INDArray out = input(rows, cols, rng);
    INDArray target = input(rows, cols, rng);
    double scale = 2.0 / ((double) rows * cols);
    Device.usePaths(true);
    INDArray expected = Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
    double nd4j = SquaredError.gradient(out, target, scale, expected);
    Device.usePaths(false);
    INDArray actual = Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
    double host = SquaredError.gradient(out, target, scale, actual);
    assertBits(expected, actual, "gradient");
    float[] o = out.dup().reshape(-1).toFloatVector();
    float[] t = target.dup().reshape(-1).toFloatVector();
    double exact = 0;
    for (int i = 0; i < o.length; i++) {
      double e = (double) o[i] - t[i];
      exact += e * e;
    }
    assertEquals(exact, host, 1e-6 * exact, "sum of squares, in doubles");
    assertEquals(exact, nd4j, 1e-3 * exact, "sum of squares, ND4J's (accumulated in floats)");
  }

  @Test
  void passesInsideTheProductsBlocksGiveTheBitsOfPassesAfterIt() {
    Gemm.takeOverBlasThreads();
    Gemm.threads(Integer.MAX_VALUE);
    int rows = 256;
    int[] sizes = { 300, 256, 288, 300 };
    LayerActivation[] acts = { LayerActivation.RELU, LayerActivation.RELU, LayerActivation.IDENTITY };
    long p = DenseNetwork.parameterCount(sizes);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, p);
    WeightInit.glorotUniform(sizes, params, new SplittableRandom(8));
    SplittableRandom rng = new SplittableRandom(9);
    for (long i = 0; i < p; i++) {
      if (rng.nextInt(5) == 0) {
        params.putScalar(0, i, rng.nextDouble() - 0.5);
      }
    }
    INDArray x = input(rows, sizes[0], rng);
    INDArray g = input(rows, sizes[3], rng);
    DenseNetwork net = new DenseNetwork(sizes, acts, params, Nd4j.create(DataType.FLOAT, 1, p));
    INDArray out = net.forward(x).dup('f');
    INDArray dx = net.backward(g.dup('f'), true).dup('f');
    // the same products, each pass over all columns after its product
    DenseNetwork views = new DenseNetwork(sizes, acts, params, Nd4j.create(DataType.FLOAT, 1, p));
    INDArray[] w = new INDArray[3];
    INDArray[] b = new INDArray[3];
    INDArray[] gw = new INDArray[3];
    INDArray[] gb = new INDArray[3];
    for (int l = 0; l < 3; l++) {
      DenseNetwork layer = views.layer(l);
      long n = (long) sizes[l] * sizes[l + 1];
      w[l] = layer.params().get(NDArrayIndex.point(0), NDArrayIndex.interval(0, n))
          .reshape('f', sizes[l], sizes[l + 1]);
      b[l] = layer.params().get(NDArrayIndex.point(0), NDArrayIndex.interval(n, n + sizes[l + 1])).reshape(1, -1);
      gw[l] = layer.gradients().get(NDArrayIndex.point(0), NDArrayIndex.interval(0, n))
          .reshape('f', sizes[l], sizes[l + 1]);
      gb[l] = layer.gradients().get(NDArrayIndex.point(0), NDArrayIndex.interval(n, n + sizes[l + 1])).reshape(1, -1);
    }
    INDArray[] a = new INDArray[4];
    a[0] = x;
    for (int l = 0; l < 3; l++) {
      a[l + 1] = Nd4j.create(DataType.FLOAT, new long[] { rows, sizes[l + 1] }, 'f');
      Gemm.multiply(a[l], w[l], a[l + 1], false, false);
      LayerPasses.biasActivation(a[l + 1], b[l], a[l + 1], acts[l] == LayerActivation.RELU);
    }
    INDArray d = g.dup('f');
    for (int l = 2; l >= 0; l--) {
      LayerPasses.biasActivationBackward(a[l + 1], d, gb[l], acts[l] == LayerActivation.RELU);
      Gemm.multiply(a[l], d, gw[l], true, false);
      INDArray down = Nd4j.create(DataType.FLOAT, new long[] { rows, sizes[l] }, 'f');
      Gemm.multiply(d, w[l], down, false, true);
      d = down;
    }
    assertBits(a[3], out, "output");
    assertBits(d, dx, "input gradient");
    assertBits(views.gradients(), net.gradients(), "parameter gradients");
  }

  @ParameterizedTest
  @CsvSource({ "256, 2000", "256, 500", "300, 33", "1400, 800" })
  void cutAcrossTheWorkersThePassesGiveTheSameBits(int rows, int cols) {
    Gemm.takeOverBlasThreads();
    SplittableRandom rng = new SplittableRandom(rows * 31L + cols);
    INDArray z = input(rows, cols, rng);
    INDArray target = input(rows, cols, rng);
    INDArray bias = input(1, cols, rng);
    INDArray[][] got = new INDArray[2][];
    double[] loss = new double[2];
    for (int run = 0; run < 2; run++) {
      Gemm.threads(run == 0 ? 1 : Integer.MAX_VALUE);
      INDArray out = Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
      LayerPasses.biasActivation(z, bias, out, true);
      INDArray d = target.dup('f');
      INDArray biasGradient = Nd4j.create(DataType.FLOAT, 1, cols);
      LayerPasses.biasActivationBackward(out, d, biasGradient, true);
      INDArray e = Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
      loss[run] = LayerPasses.squaredErrorGradient(out, target, 0.5f, e);
      got[run] = new INDArray[] { out, d, biasGradient, e };
    }
    for (int i = 0; i < got[0].length; i++) {
      assertBits(got[0][i], got[1][i], "output " + i);
    }
    assertEquals(loss[0], loss[1], 0.0);
  }

  /** Values in [-1, 1), a tenth of them exactly zero and some negative zeros. */
  private static INDArray input(int rows, int cols, SplittableRandom rng) {
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      int kind = rng.nextInt(20);
      v[i] = kind == 0 ? 0f : kind == 1 ? -0f : (float) (2 * rng.nextDouble() - 1);
    }
    INDArray a = Nd4j.create(DataType.FLOAT, new long[] { rows, cols }, 'f');
    Device.write(a, v);
    return a;
  }

  private static void assertBits(INDArray expected, INDArray actual, String what) {
    float[] e = expected.dup('f').data().asFloat();
    float[] a = actual.dup('f').data().asFloat();
    assertEquals(e.length, a.length, what);
    int differ = 0;
    int first = -1;
    for (int i = 0; i < e.length; i++) {
      if (Float.floatToIntBits(e[i]) != Float.floatToIntBits(a[i])) {
        differ++;
        first = first < 0 ? i : first;
      }
    }
    assertEquals(0, differ, what + ": " + differ + " of " + e.length + " values differ, the first at " + first
        + (first < 0 ? "" : " (" + e[first] + " vs " + a[first] + ")"));
  }
}
