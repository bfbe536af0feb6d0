package org.dec4j.engine.nn;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The hand-driven network computes what DL4J's own MultiLayerNetwork computes for the same weights: the same
 * outputs, and through DL4J's external-errors path ({@code backpropGradient}) the same parameter gradients in the
 * same flat layout.
 */
class Dl4jCrossCheckTest {
  @Test
  void outputsAndGradientsEqualDl4jsDenseLayers() {
    int[] sizes = { 6, 9, 7, 3 };
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT).list()
        .layer(new DenseLayer.Builder().nIn(6).nOut(9).activation(Activation.RELU).build())
        .layer(new DenseLayer.Builder().nIn(9).nOut(7).activation(Activation.RELU).build())
        .layer(new DenseLayer.Builder().nIn(7).nOut(3).activation(Activation.IDENTITY).build())
        .build();
    MultiLayerNetwork dl4j = new MultiLayerNetwork(conf);
    dl4j.init();

    INDArray params = Nd4j.create(DataType.FLOAT, 1, DenseNetwork.parameterCount(sizes));
    WeightInit.glorotUniform(sizes, params, new SplittableRandom(5));
    params.addi(Nd4j.rand(DataType.FLOAT, params.shape()).muli(0.05));
    dl4j.setParams(params.dup());
    INDArray grads = Nd4j.create(DataType.FLOAT, 1, params.length());
    DenseNetwork ours = new DenseNetwork(sizes, new LayerActivation[] { LayerActivation.RELU, LayerActivation.RELU,
        LayerActivation.IDENTITY }, params, grads);

    INDArray x = Nd4j.rand(DataType.FLOAT, 11, 6).subi(0.5).dup('f');
    INDArray eps = Nd4j.rand(DataType.FLOAT, 11, 3).subi(0.5).dup('f');
    assertArrayEquals(dl4j.output(x).dup('c').reshape(-1).toFloatVector(),
        ours.forward(x).dup('c').reshape(-1).toFloatVector(), 1e-5f);
    ours.backward(eps, false);

    dl4j.setInput(x);
    dl4j.feedForward(true, false);
    Pair<Gradient, INDArray> p = dl4j.backpropGradient(eps, null);
    assertArrayEquals(p.getFirst().gradient().dup().toFloatVector(), grads.dup().toFloatVector(), 1e-5f);
  }
}
