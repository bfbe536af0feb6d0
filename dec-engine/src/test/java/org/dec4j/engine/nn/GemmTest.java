package org.dec4j.engine.nn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@link Gemm} against {@code Nd4j.gemm}: in one block bit for bit (the same BLAS call), for both layouts of the
 * factors, transposes, views into a flat vector at odd offsets and one-row or one-column shapes; cut into blocks,
 * equal to rounding; and the same bits whether a product runs on the workers or, when they are busy, on the calling
 * thread alone.
 */
class GemmTest {
  @AfterEach
  void allThreads() {
    Gemm.threads(Integer.MAX_VALUE);
  }

  @ParameterizedTest
  @CsvSource({ "256, 500, 784, f, f, false, false", "256, 500, 784, c, c, false, false",
      "784, 500, 256, f, f, true, false", "256, 784, 500, f, f, false, true", "256, 10, 2000, c, f, false, false",
      "500, 2000, 256, f, c, true, false", "1, 7, 5, f, f, false, false", "6, 1, 5, c, f, false, true",
      "5, 4, 1, f, c, true, true", "300, 33, 70, c, c, true, true" })
  void oneBlockIsNd4jsProductBitForBit(int m, int n, int k, char orderA, char orderB, boolean ta, boolean tb) {
    Gemm.threads(1);
    INDArray a = random(ta ? k : m, ta ? m : k, orderA, 1);
    INDArray b = random(tb ? n : k, tb ? k : n, orderB, 2);
    assertArrayEquals(nd4j(a, b, ta, tb).data().asFloat(), gemm(a, b, ta, tb).data().asFloat());
  }

  @Test
  void viewsIntoAFlatVectorAtOddOffsets() {
    Gemm.threads(1);
    INDArray flat = random(1, 3 + 40 * 30 + 7 + 30 * 20, 'c', 3);
    INDArray w1 = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(3, 3 + 40 * 30)).reshape('f', 40, 30);
    long o = 3 + 40 * 30 + 7;
    INDArray w2 = flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(o, o + 30 * 20)).reshape('f', 30, 20);
    INDArray out = Nd4j.create(DataType.FLOAT, 1, 5 + 40 * 20).get(NDArrayIndex.point(0),
        NDArrayIndex.interval(5, 5 + 40 * 20)).reshape('f', 40, 20);
    Gemm.multiply(w1, w2, out, false, false);
    assertArrayEquals(nd4j(w1, w2, false, false).data().asFloat(), out.dup('f').data().asFloat());
  }

  @ParameterizedTest
  @CsvSource({ "256, 500, 784, false, false", "784, 500, 256, true, false", "256, 784, 500, false, true",
      "256, 10, 2000, false, false", "500, 2000, 256, true, false" })
  void blocksAgreeWithOneProductToRounding(int m, int n, int k, boolean ta, boolean tb) {
    Gemm.takeOverBlasThreads();
    INDArray a = random(ta ? k : m, ta ? m : k, 'f', 4);
    INDArray b = random(tb ? n : k, tb ? k : n, 'f', 5);
    float[] expected = nd4j(a, b, ta, tb).data().asFloat();
    float[] got = gemm(a, b, ta, tb).data().asFloat();
    for (int i = 0; i < got.length; i++) {
      assertEquals(expected[i], got[i], 1e-5 * Math.sqrt(k), "entry " + i);
    }
  }

  @Test
  void theBitsDoNotDependOnWhoHasTheWorkers() throws InterruptedException {
    Gemm.takeOverBlasThreads();
    INDArray a = random(256, 500, 'f', 6);
    INDArray b = random(500, 2000, 'f', 7);
    float[] alone = gemm(a, b, false, false).data().asFloat();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    Thread[] threads = new Thread[3];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        try {
          start.await();
          for (int r = 0; r < 20; r++) {
            assertArrayEquals(alone, gemm(a, b, false, false).data().asFloat());
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      });
      threads[t].start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertNull(failure.get());
  }

  private static INDArray random(int rows, int cols, char order, long seed) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.rand(DataType.FLOAT, rows, cols).subi(0.5).dup(order);
  }

  private static INDArray nd4j(INDArray a, INDArray b, boolean ta, boolean tb) {
    INDArray c = Nd4j.create(DataType.FLOAT, new long[] { ta ? a.columns() : a.rows(), tb ? b.rows() : b.columns() },
        'f');
    Nd4j.gemm(a, b, c, ta, tb, 1.0, 0.0);
    return c;
  }

  private static INDArray gemm(INDArray a, INDArray b, boolean ta, boolean tb) {
    INDArray c = Nd4j.create(DataType.FLOAT, new long[] { ta ? a.columns() : a.rows(), tb ? b.rows() : b.columns() },
        'f');
    Gemm.multiply(a, b, c, ta, tb);
    return c;
  }
}
