package org.dec4j.engine.nn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each mask is {@code r.nextDouble() < p} draw for draw on {@code r = new SplittableRandom(rng.nextLong())}, one
 * draw of the given generator a step; on a batch large enough to be drawn on all cores too; and it drops p of the
 * values.
 */
class DropoutTest {
  @ParameterizedTest
  @CsvSource({ "0, 64", "0.1, 64", "0.2, 64", "0.5, 64", "0.9, 64", "0.3333333333333333, 64", "0.2, 1400" })
  void theMaskIsTheDoubleComparisonsOnAStreamSeededEachStep(double p, int rows) {
    Gemm.takeOverBlasThreads();
    int cols = 50;
    Dropout noise = new Dropout(rows, cols, p, new SplittableRandom(17));
    SplittableRandom seeds = new SplittableRandom(17);
    float keep = (float) (1.0 / (1.0 - p));
    float[] ones = new float[rows * cols];
    java.util.Arrays.fill(ones, 1f);
    int dropped = 0;
    for (int step = 0; step < 20; step++) {
      SplittableRandom reference = new SplittableRandom(seeds.nextLong());
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
