package org.dec4j.engine.nn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The masks are those of {@code rng.nextDouble() < p} on the same generator, draw for draw. */
class DropoutTest {
  @ParameterizedTest
  @ValueSource(doubles = { 0, 0.1, 0.2, 0.5, 0.9, 0.3333333333333333 })
  void theMaskIsTheDoubleComparisonsOnTheSameStream(double p) {
    int rows = 64;
    int cols = 50;
    Dropout noise = new Dropout(rows, cols, p, new SplittableRandom(17));
    SplittableRandom reference = new SplittableRandom(17);
    float keep = (float) (1.0 / (1.0 - p));
    float[] ones = new float[rows * cols];
    java.util.Arrays.fill(ones, 1f);
    int dropped = 0;
    for (int step = 0; step < 20; step++) {
      float[] masked = noise.apply(ones).dup('f').data().asFloat();
      INDArray g = Nd4j.ones(DataType.FLOAT, rows, cols).dup('f');
      float[] gradient = noise.backprop(g).data().asFloat();
      for (int i = 0; i < masked.length; i++) {
        float expected = reference.nextDouble() < p ? 0f : keep;
        assertEquals(expected, masked[i], "step " + step + " value " + i);
        assertEquals(expected, gradient[i], "step " + step + " gradient " + i);
        dropped += expected == 0f ? 1 : 0;
      }
    }
    assertEquals(p, dropped / (20.0 * rows * cols), 0.02);
    assertTrue(p > 0 || dropped == 0);
  }
}
