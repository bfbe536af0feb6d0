package org.dec4j.engine.nn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DenseNetworkTest {
  private static final int[] SIZES = { 4, 6, 5, 3 };
  private static final int B = 7;

  @ParameterizedTest
  @EnumSource(value = LayerActivation.class, names = { "RELU", "TANH", "SIGMOID", "ELU" })
  void backwardMatchesFiniteDifferences(LayerActivation hidden) {
    long p = DenseNetwork.parameterCount(SIZES);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, p);
    INDArray grads = Nd4j.create(DataType.FLOAT, 1, p);
    LayerActivation[] acts = { hidden, hidden, LayerActivation.IDENTITY };
    DenseNetwork net = new DenseNetwork(SIZES, acts, params, grads);
    Nd4j.getRandom().setSeed(11);
    SplittableRandom rng = new SplittableRandom(7);
    WeightInit.glorotUniform(SIZES, params, rng);
    params.addi(Nd4j.rand(DataType.FLOAT, 1, p).muli(0.1)); // non-zero biases too
    INDArray x = Nd4j.rand(DataType.FLOAT, B, 4).subi(0.5).dup('f');
    INDArray w = Nd4j.rand(DataType.FLOAT, B, 3).dup('f');

    // L = 0.5 * sum(w .* out^2)  =>  dL/dout = w .* out
    INDArray out = net.forward(x);
    INDArray dOut = out.mul(w).dup('f');
    INDArray dx = net.backward(dOut, true).dup();
    float[] analytic = grads.dup().data().asFloat();

    float h = 1e-3f;
    for (int i = 0; i < p; i++) {
      float v = params.getFloat(0, i);
      params.putScalar(0, i, v + h);
      double lp = loss(net, x, w);
      params.putScalar(0, i, v - h);
      double lm = loss(net, x, w);
      params.putScalar(0, i, v);
      double numeric = (lp - lm) / (2 * h);
      assertEquals(numeric, analytic[i], 2e-3 + 2e-2 * Math.abs(numeric), hidden + " parameter " + i);
    }
    for (int r = 0; r < B; r++) {
      for (int c = 0; c < 4; c++) {
        float v = x.getFloat(r, c);
        x.putScalar(r, c, v + h);
        double lp = loss(net, x, w);
        x.putScalar(r, c, v - h);
        double lm = loss(net, x, w);
        x.putScalar(r, c, v);
        double numeric = (lp - lm) / (2 * h);
        assertEquals(numeric, dx.getFloat(r, c), 2e-3 + 2e-2 * Math.abs(numeric), hidden + " input " + r + "," + c);
      }
    }
  }

  @Test
  void trainingAndInferencePathsAgreeAndShareTheFlatParameters() {
    long p = DenseNetwork.parameterCount(SIZES);
    INDArray params = Nd4j.create(DataType.FLOAT, 1, p);
    DenseNetwork net = new DenseNetwork(SIZES, new LayerActivation[] { LayerActivation.RELU, LayerActivation.RELU,
        LayerActivation.IDENTITY }, params, Nd4j.create(DataType.FLOAT, 1, p));
    WeightInit.glorotUniform(SIZES, params, new SplittableRandom(1));
    INDArray x = Nd4j.rand(DataType.FLOAT, B, 4).dup('f');
    float[] a = net.forward(x).dup('f').data().asFloat();
    float[] b = net.output(x).data().asFloat();
    assertArrayEquals(a, b, 1e-6f);
    params.muli(2); // the layers are views: changing the flat vector changes the output
    float[] c = net.output(x).data().asFloat();
    double diff = 0;
    for (int i = 0; i < b.length; i++) {
      diff += Math.abs(c[i] - b[i]);
    }
    assertEquals(true, diff > 1e-3, "output did not follow the flat parameters");
  }

  private static double loss(DenseNetwork net, INDArray x, INDArray w) {
    INDArray out = net.output(x);
    double s = 0;
    for (int r = 0; r < out.rows(); r++) {
      for (int c = 0; c < out.columns(); c++) {
        double o = out.getDouble(r, c);
        s += 0.5 * w.getDouble(r, c) * o * o;
      }
    }
    return s;
  }
}
