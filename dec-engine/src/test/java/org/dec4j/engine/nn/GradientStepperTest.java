package org.dec4j.engine.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GradientStepperTest {
  @Test
  void adamMatchesNd4jsAdamOnAViewOfALargerVector() {
    Nd4j.getRandom().setSeed(3);
    int n = 200_000;
    INDArray flat = Nd4j.rand(DataType.FLOAT, 1, n + 100);
    // the parameters are a view with an offset, as the encoder's are inside the autoencoder's vector
    INDArray ours = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(100, 100 + n)).reshape(1, n);
    INDArray theirs = ours.dup();
    float[] outside = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, 100)).dup().toFloatVector();
    GradientStepper adam = GradientStepper.adam(ours, 1e-2);
    GradientStepper reference = new UpdaterStepper(theirs, new Adam(1e-2));
    for (int step = 0; step < 5; step++) {
      INDArray g = Nd4j.rand(DataType.FLOAT, 1, n).subi(0.5);
      adam.step(g.dup());
      reference.step(g.dup());
    }
    assertArrayEquals(theirs.toFloatVector(), ours.dup().toFloatVector(), 1e-5f);
    assertArrayEquals(outside, flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, 100)).dup().toFloatVector(),
        "values before the view must not change");
  }

  @Test
  void aRestoredStateContinuesAsTheOptimizerItCameFrom() {
    for (boolean adam : new boolean[] { true, false }) {
      INDArray a = Nd4j.rand(DataType.FLOAT, 1, 50);
      INDArray b = a.dup();
      GradientStepper first = adam ? GradientStepper.adam(a, 1e-2) : GradientStepper.nesterov(a, 1e-2, 0.9);
      INDArray grad = Nd4j.rand(DataType.FLOAT, 1, 50).subi(0.5);
      for (int step = 0; step < 3; step++) {
        first.step(grad.dup());
      }
      b.assign(a);
      GradientStepper second = adam ? GradientStepper.adam(b, 1e-2) : GradientStepper.nesterov(b, 1e-2, 0.9);
      second.restore(first.state());
      assertEquals(first.iterations(), second.iterations());
      first.step(grad.dup());
      second.step(grad.dup());
      assertArrayEquals(a.toFloatVector(), b.toFloatVector(), 0f, adam ? "adam" : "nesterov");
      assertThrows(IllegalArgumentException.class, () -> second.restore(new float[3]));
    }
  }
}
