package org.dec4j.api.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The operations of a training step that the GEMM ceiling divides by. */
class GemmBenchmarkTest {
  @Test
  void thePapersAutoencoderCosts19Point16MegaflopPerSample() {
    // 2 x 3 x 3,324,000 multiply-adds of the eight layers, less the gradient below the first layer (784 x 500)
    assertEquals(19_160_000, GemmBenchmark.flopsPerSample(new int[] { 784, 500, 500, 2000, 10, 2000, 500, 500, 784 }),
        0);
    assertEquals(2 * 2 * 4 * 3 + 3 * 2 * 3 * 4, GemmBenchmark.flopsPerSample(new int[] { 4, 3, 4 }), 0);
  }
}
