package org.dec4j.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * Mini-batches of a row-major float matrix: a fresh random order each epoch (the rows left over at the end of an
 * epoch wait for the next one), gathered into a column-major ND4J buffer that is reused: by Java on the host, by
 * ND4J's {@code pullRows} from a device copy of the rows on a device backend ({@link Device}).
 */
public final class Batches {
  /** Columns of a gathering tile (and of the cores' shares of a batch). */
  private static final int TILE_COLUMNS = 64;
  /** Batches from this many values (256 KB) are gathered on all cores ({@link CoreWorkers}). */
  private static final long PARALLEL_FROM = 1 << 16;
  private final float[] x;
  private final int n;
  private final int d;
  private final int batchSize;
  private final SplittableRandom rng;
  private final int[] order;
  private final int[] index;
  private final float[] colMajor;
  private final INDArray buffer;
  /** The rows on the device (a device backend only), gathered there. */
  private final INDArray onDevice;
  private int cursor;
  private int epoch;
  private boolean gathered;

  /**
   * @param x rows, row-major n x d
   * @param n rows
   * @param d columns
   * @param batchSize rows per batch (at most n)
   * @param rng generator for the orders
   */
  public Batches(float[] x, int n, int d, int batchSize, SplittableRandom rng) {
    if (batchSize > n) {
      throw new IllegalArgumentException("batch of " + batchSize + " from " + n + " rows");
    }
    this.x = x;
    this.n = n;
    this.d = d;
    this.batchSize = batchSize;
    this.rng = rng;
    this.order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    this.index = new int[batchSize];
    this.colMajor = new float[batchSize * d];
    this.buffer = Nd4j.create(DataType.FLOAT, new long[] { batchSize, d }, 'f');
    this.onDevice = Device.host() ? null : Nd4j.create(x, new long[] { n, d }, 'c');
    this.cursor = n;
    this.epoch = -1;
  }

  /**
   * Moves to the next batch and gathers it.
   *
   * @return the batch (batchSize x d, column-major), overwritten by the next call
   */
  public INDArray next() {
    if (cursor + batchSize > n) {
      shuffle();
      cursor = 0;
      epoch++;
    }
    System.arraycopy(order, cursor, index, 0, batchSize);
    cursor += batchSize;
    if (onDevice != null) {
      Nd4j.pullRows(onDevice, buffer, 1, index);
      gathered = false;
      return buffer;
    }
    java.nio.FloatBuffer target = buffer.data().asNioFloat();
    int tiles = (d + TILE_COLUMNS - 1) / TILE_COLUMNS;
    if (CoreWorkers.parts() > 1 && (long) batchSize * d >= PARALLEL_FROM) {
      // each core gathers whole columns and copies them on into the buffer: the same values, in half the time
      CoreWorkers.forEach(tiles, t -> gatherInto(t * TILE_COLUMNS, Math.min(d, (t + 1) * TILE_COLUMNS), target));
    } else {
      gatherInto(0, d, target);
    }
    return buffer;
  }

  private void gatherInto(int fromColumn, int toColumn, java.nio.FloatBuffer target) {
    gather(x, d, index, colMajor, fromColumn, toColumn);
    int b = index.length;
    target.put(fromColumn * b, colMajor, fromColumn * b, (toColumn - fromColumn) * b);
  }

  /**
   * Replaces the values of the current batch (e.g. with a corrupted copy).
   *
   * @param target column-major buffer of the batch's shape
   * @param values column-major values
   */
  public static void fill(INDArray target, float[] values) {
    Device.write(target, values);
  }

  /**
   * Writes a row-major double matrix into a column-major float buffer (e.g. a gradient computed in Java); on the
   * host straight into the buffer, allocating nothing.
   *
   * @param target column-major buffer, rows x cols, not a view
   * @param rowMajor values, row-major rows x cols
   * @param rows rows
   * @param cols columns
   */
  public static void fillFromRowMajor(INDArray target, double[] rowMajor, int rows, int cols) {
    float[] staged = Device.host() ? null : new float[rows * cols];
    FloatBuffer out = staged == null ? target.data().asNioFloat() : FloatBuffer.wrap(staged);
    for (int i = 0; i < rows; i++) {
      for (int t = 0; t < cols; t++) {
        out.put(t * rows + i, (float) rowMajor[i * cols + t]);
      }
    }
    if (staged != null) {
      fill(target, staged);
    }
  }

  /**
   * Writes doubles into a float array that is not a view, in its buffer order, as floats; on the host allocating
   * nothing.
   *
   * @param target the array
   * @param values its values
   */
  public static void fill(INDArray target, double[] values) {
    if (!Device.host()) {
      fill(target, Embeddings.toFloat(values));
      return;
    }
    FloatBuffer out = target.data().asNioFloat();
    for (int i = 0; i < values.length; i++) {
      out.put(i, (float) values[i]);
    }
  }

  /** @return the array's values in buffer order: its own buffer on the host, a copy from the device otherwise */
  private static FloatBuffer values(INDArray a) {
    return Device.host() ? a.data().asNioFloat() : FloatBuffer.wrap(a.data().asFloat());
  }

  /**
   * Reads a float array that is not a view, in its buffer order; on the host allocating nothing.
   *
   * @param source the array
   * @param out its values (overwritten; as long as the array)
   */
  public static void read(INDArray source, float[] out) {
    values(source).get(0, out);
  }

  /**
   * Reads a float array that is not a view into doubles, in its buffer order.
   *
   * @param source the array
   * @param out its values (overwritten; as long as the array)
   */
  public static void read(INDArray source, double[] out) {
    FloatBuffer in = values(source);
    for (int i = 0; i < out.length; i++) {
      out[i] = in.get(i);
    }
  }

  /** @return the row numbers of the current batch (read-only use) */
  public int[] index() {
    return index;
  }

  /** @return the current batch in column-major order as a Java array (read-only use) */
  public float[] values() {
    if (onDevice != null && !gathered) {
      gather(x, d, index, colMajor);
      gathered = true;
    }
    return colMajor;
  }

  /** @return number of completed passes over the data */
  public int epoch() {
    return Math.max(epoch, 0);
  }

  private void shuffle() {
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  /**
   * Copies selected rows of a row-major matrix into column-major order.
   *
   * @param x row-major n x d
   * @param d columns
   * @param rows row numbers
   * @param out column-major rows.length x d
   */
  public static void gather(float[] x, int d, int[] rows, float[] out) {
    gather(x, d, rows, out, 0, d);
  }

  /** {@link #gather(float[], int, int[], float[])} of columns [fromColumn, toColumn) only. */
  private static void gather(float[] x, int d, int[] rows, float[] out, int fromColumn, int toColumn) {
    int b = rows.length;
    // in tiles of 16 rows by 64 columns, so that the strided writes of a tile fill whole cache lines
    for (int i0 = 0; i0 < b; i0 += 16) {
      int i1 = Math.min(b, i0 + 16);
      for (int j0 = fromColumn; j0 < toColumn; j0 += TILE_COLUMNS) {
        int j1 = Math.min(toColumn, j0 + TILE_COLUMNS);
        for (int i = i0; i < i1; i++) {
          int src = rows[i] * d;
          for (int j = j0; j < j1; j++) {
            out[j * b + i] = x[src + j];
          }
        }
      }
    }
  }

  /**
   * Wraps rows [from, to) of a row-major matrix as a new column-major ND4J array (for inference).
   *
   * @param x row-major n x d
   * @param d columns
   * @param from first row
   * @param to row after the last
   * @return (to - from) x d, column-major
   */
  public static INDArray rows(float[] x, int d, int from, int to) {
    int b = to - from;
    float[] out = new float[b * d];
    for (int i = 0; i < b; i++) {
      int src = (from + i) * d;
      for (int j = 0; j < d; j++) {
        out[j * b + i] = x[src + j];
      }
    }
    INDArray a = Nd4j.create(DataType.FLOAT, new long[] { b, d }, 'f');
    Device.write(a, out);
    return a;
  }

  /**
   * Reads a column-major ND4J matrix into a row-major double array.
   *
   * @param a rows x cols, column-major, not a view
   * @return row-major values
   */
  public static double[] toRowMajor(INDArray a) {
    return toRowMajor(a, new double[(int) a.length()]);
  }

  /**
   * {@link #toRowMajor(INDArray)} into a given array: on the host straight from the buffer, allocating nothing.
   *
   * @param a rows x cols, column-major, not a view
   * @param out row-major values (overwritten; rows x cols long)
   * @return out
   */
  public static double[] toRowMajor(INDArray a, double[] out) {
    int r = (int) a.rows();
    int c = (int) a.columns();
    FloatBuffer v = values(a);
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        out[i * c + j] = v.get(j * r + i);
      }
    }
    return out;
  }
}
