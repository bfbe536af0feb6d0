package org.dec4j.engine.imsat;

import org.dec4j.api.progress.CancellationToken;
import org.dec4j.engine.nn.Device;
import org.dec4j.engine.nn.Gemm;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The distance of every row to its k-th nearest other row, \( \| x_i - x_{(k)} \| \), computed block by block
 * with matrix products: the squared distances of a block of rows to all rows are
 * \( \|x_i\|^2 + \|x_j\|^2 - 2 x_i \cdot x_j \), one GEMM per block, so memory stays at about
 * {@value #BLOCK_ENTRIES} entries (70,000 MNIST rows: blocks of 228 rows) instead of n^2. The selection is
 * {@link ImsatMath#kthNeighbourDistance}, the same as the brute-force reference
 * {@link ImsatMath#kthNeighbourDistances}.
 */
final class NeighbourDistances {
  /** Squared distances held at once (floats). */
  static final int BLOCK_ENTRIES = 16_000_000;
  /** Results kept for data seen again (choosing K fits the same rows once per candidate and seed). */
  private static final int REMEMBERED = 4;
  private static final Map<Key, double[]> RECENT = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, double[]> eldest) {
      return size() > REMEMBERED;
    }
  };

  /** Which data a result is for: their shape, the neighbour rank and a 64-bit fingerprint of the values. */
  private record Key(int n, int d, int kth, long fingerprint) {
  }

  private NeighbourDistances() {
  }

  /**
   * @param x n x d rows, row-major
   * @param n rows
   * @param d columns
   * @param kth which neighbour, at most n - 1
   * @param cancel checked between blocks
   * @return n distances
   */
  static double[] compute(float[] x, int n, int d, int kth, CancellationToken cancel) {
    return compute(x, n, d, kth, cancel, BLOCK_ENTRIES);
  }

  /**
   * As {@link #compute(float[], int, int, int, CancellationToken)}, but the distances of the last few data sets
   * are remembered: a fit for another K or seed on the same rows does not compute them again.
   */
  static double[] remembered(float[] x, int n, int d, int kth, CancellationToken cancel) {
    long h = 0xcbf29ce484222325L;
    for (float v : x) {
      h = (h ^ Float.floatToIntBits(v)) * 0x100000001b3L;
    }
    Key key = new Key(n, d, kth, h);
    synchronized (RECENT) {
      double[] known = RECENT.get(key);
      if (known != null) {
        return known.clone();
      }
    }
    double[] out = compute(x, n, d, kth, cancel);
    synchronized (RECENT) {
      RECENT.put(key, out.clone());
    }
    return out;
  }

  /** As {@link #compute(float[], int, int, int, CancellationToken)}, with blocks of about {@code entries}. */
  static double[] compute(float[] x, int n, int d, int kth, CancellationToken cancel, int entries) {
    INDArray all = Nd4j.create(DataType.FLOAT, new long[] { n, d }, 'c');
    Device.write(all, x);
    double[] sq = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int t = 0; t < d; t++) {
        s += (double) x[i * d + t] * x[i * d + t];
      }
      sq[i] = s;
    }
    double[] out = new double[n];
    int block = Math.max(1, Math.min(n, entries / n));
    INDArray dots = Nd4j.create(DataType.FLOAT, new long[] { block, n }, 'f');
    for (int from = 0; from < n; from += block) {
      cancel.throwIfCancelled();
      int to = Math.min(n, from + block);
      int rows = to - from;
      INDArray part = Nd4j.create(DataType.FLOAT, new long[] { rows, d }, 'c');
      float[] slice = new float[rows * d];
      System.arraycopy(x, from * d, slice, 0, slice.length);
      Device.write(part, slice);
      INDArray target = rows == block ? dots : Nd4j.create(DataType.FLOAT, new long[] { rows, n }, 'f');
      Gemm.multiply(part, all, target, false, true);
      float[] v = target.data().asFloat();
      int first = from;
      IntStream.range(0, rows).parallel().forEach(r -> {
        int i = first + r;
        double[] row = new double[n];
        for (int j = 0; j < n; j++) {
          row[j] = sq[i] + sq[j] - 2.0 * v[j * rows + r];
        }
        out[i] = ImsatMath.kthNeighbourDistance(row, i, kth);
      });
    }
    return out;
  }
}
