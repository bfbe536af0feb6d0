package org.dec4j.engine.nn;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The engine's matrix products C = op(A) op(B), for C column-major. On the host they are cut into column (or row)
 * blocks of C, one per core, each block one single-threaded BLAS call on its own thread ({@link CoreWorkers});
 * once ND4J has started, BLAS itself runs on one thread ({@link #takeOverBlasThreads}).
 *
 * <p>Why: OpenBLAS's own threads spin between calls, on the core the engine's Java code (Adam, the bias and
 * activation passes) wants next, and its two-thread product ran slower than two one-thread products on halves:
 * 111-136 against 145-158 GFLOP/s over the autoencoder's shapes on 2 cores in one sitting. Cutting C into blocks
 * changes how each entry is rounded (by the last bit, as OpenBLAS's own thread count does), not what it sums.
 * Each block's bounds are multiples of 16 and depend only on the shapes and the thread count, so a run repeats bit
 * for bit on the same machine. Anything else (another backend, other layouts) goes to {@code Nd4j.gemm}.</p>
 */
public final class Gemm {
  private static final int CBLAS_COL_MAJOR = 102;
  private static final int CBLAS_NO_TRANS = 111;
  private static final int CBLAS_TRANS = 112;
  /** Products below this many flops are one call on the calling thread (the hand-over costs a few microseconds). */
  private static final double MIN_SPLIT_FLOPS = 4e6;
  /** Block bounds are multiples of this (whole micro-kernel tiles), and no block is narrower. */
  private static final int ALIGN = 16;
  private static final ThreadLocal<Product> PRODUCT = ThreadLocal.withInitial(Product::new);

  private Gemm() {
  }

  /**
   * Takes BLAS's threads over: as many block threads as BLAS had, and BLAS on one thread. Called once when ND4J has
   * started, on the CPU backend only.
   */
  public static synchronized void takeOverBlasThreads() {
    if (Device.host() && CoreWorkers.start(Nd4j.factory().blas().getMaxThreads())) {
      Nd4j.factory().blas().setMaxThreads(1);
    }
  }

  /** @return how many blocks a large product is cut into (1 before {@link #takeOverBlasThreads} and in a
   *     deterministic run); the passes and Adam are cut alike */
  public static int threads() {
    return CoreWorkers.parts();
  }

  /**
   * @param threads blocks per product from now on, at most the threads taken over (1 for results that do not depend
   *     on the core count)
   */
  public static void threads(int threads) {
    CoreWorkers.parts(threads);
  }

  /**
   * c = op(a) op(b).
   *
   * @param a left factor
   * @param b right factor
   * @param c the result, column-major (its old values are overwritten)
   * @param transposeA whether op(a) is a's transpose
   * @param transposeB whether op(b) is b's transpose
   */
  public static void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
    multiply(a, b, c, transposeA, transposeB, null);
  }

  /** A pass over columns [from, to) of a product's result, run by the thread that computed them. */
  interface ColumnPass {
    /**
     * @param part the block (0 on the calling thread)
     * @param from first column
     * @param to column after the last
     */
    void run(int part, int from, int to);
  }

  /**
   * c = op(a) op(b), then the pass over c's columns: each block's columns by the thread that computed them, while
   * they are in its cache (a product cut by rows, or not on the host, runs the pass over all columns after it).
   *
   * @param after the pass, or null
   */
  static void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB,
      ColumnPass after) {
    Product p = Device.host() ? PRODUCT.get() : null;
    if (p == null || !p.set(a, b, c, transposeA, transposeB)) {
      Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
      if (after != null) {
        after.run(0, 0, (int) c.columns());
      }
      return;
    }
    int blocks = p.cut(CoreWorkers.parts());
    p.after = p.byColumns ? after : null;
    try {
      if (blocks == 1) {
        p.run(0);
      } else {
        CoreWorkers.runShared(p, blocks);
      }
    } finally {
      p.after = null;
    }
    if (after != null && !p.byColumns) {
      after.run(0, 0, p.n);
    }
  }

  /** One product's operands as BLAS sees them (column-major, leading dimensions) and its cut into blocks. */
  private static final class Product implements CoreWorkers.Parts {
    private boolean ta;
    private boolean tb;
    private int m;
    private int n;
    private int k;
    private long aAddress;
    private long bAddress;
    private long cAddress;
    private int lda;
    private int ldb;
    private int ldc;
    private boolean byColumns;
    private ColumnPass after;
    private final int[] bounds = new int[65];
    private final Address[][] pointers = new Address[64][];

    /** @return whether the three arrays are float matrices BLAS can take as they are */
    boolean set(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
      if (!floatMatrix(a) || !floatMatrix(b) || !floatMatrix(c) || c.ordering() != 'f' || c.stride(0) != 1) {
        return false;
      }
      m = (int) c.rows();
      n = (int) c.columns();
      k = (int) (transposeA ? a.rows() : a.columns());
      boolean aColumnMajor = columnMajor(a);
      boolean bColumnMajor = columnMajor(b);
      ta = transposeA ^ !aColumnMajor;
      tb = transposeB ^ !bColumnMajor;
      lda = leading(a, aColumnMajor);
      ldb = leading(b, bColumnMajor);
      ldc = leading(c, true);
      if (lda < 0 || ldb < 0 || ldc < 0 || (transposeB ? b.columns() : b.rows()) != k
          || (transposeA ? a.columns() : a.rows()) != m || (transposeB ? b.rows() : b.columns()) != n) {
        return false;
      }
      aAddress = address(a);
      bAddress = address(b);
      cAddress = address(c);
      return true;
    }

    private static boolean floatMatrix(INDArray x) {
      return x.rank() == 2 && x.dataType() == DataType.FLOAT && x.length() > 0 && x.length() <= Integer.MAX_VALUE;
    }

    /** Column-major: consecutive rows are next to each other (a single column counts as both). */
    private static boolean columnMajor(INDArray x) {
      return x.rows() == 1 ? x.ordering() == 'f' : x.stride(0) == 1;
    }

    /** @return the leading dimension BLAS reads x with, or -1 when x is not a plain strided matrix */
    private static int leading(INDArray x, boolean columnMajor) {
      long inner = columnMajor ? x.rows() : x.columns();
      long outer = columnMajor ? x.columns() : x.rows();
      if (columnMajor ? x.rows() > 1 && x.stride(0) != 1 : x.columns() > 1 && x.stride(1) != 1) {
        return -1;
      }
      long ld = outer == 1 ? inner : x.stride(columnMajor ? 1 : 0);
      return ld >= inner && ld <= Integer.MAX_VALUE ? (int) ld : -1;
    }

    private static long address(INDArray x) {
      return x.data().address() + 4L * x.offset();
    }

    /** Cuts C into at most {@code threads} blocks of whole tiles; @return how many */
    int cut(int threads) {
      byColumns = n >= m || m < 2 * ALIGN;
      int extent = byColumns ? n : m;
      int blocks = 2.0 * m * n * k < MIN_SPLIT_FLOPS ? 1 : Math.min(threads, Math.max(1, extent / (2 * ALIGN)));
      blocks = Math.min(blocks, bounds.length - 1);
      for (int i = 0; i <= blocks; i++) {
        long edge = (long) extent * i / blocks;
        bounds[i] = i == blocks ? extent : (int) (edge / ALIGN * ALIGN);
      }
      for (int i = 0; i < blocks; i++) {
        if (pointers[i] == null) {
          pointers[i] = new Address[] { new Address(), new Address(), new Address() };
        }
      }
      return blocks;
    }

    @Override
    public void run(int part) {
      int from = bounds[part];
      int to = bounds[part + 1];
      Address[] ptr = pointers[part];
      long aOff = 0;
      long bOff = 0;
      long cOff;
      int rows = m;
      int cols = n;
      if (byColumns) {
        cols = to - from;
        bOff = tb ? from : (long) from * ldb;
        cOff = (long) from * ldc;
      } else {
        rows = to - from;
        aOff = ta ? (long) from * lda : from;
        cOff = from;
      }
      int transA = ta ? CBLAS_TRANS : CBLAS_NO_TRANS;
      int transB = tb ? CBLAS_TRANS : CBLAS_NO_TRANS;
      openblas_nolapack.cblas_sgemm(CBLAS_COL_MAJOR, transA, transB, rows, cols, k, 1f,
          ptr[0].at(aAddress + 4 * aOff), lda, ptr[1].at(bAddress + 4 * bOff), ldb, 0f,
          ptr[2].at(cAddress + 4 * cOff), ldc);
      if (after != null) {
        after.run(part, from, to);
      }
    }
  }

  /** A float pointer whose address is set in place, so that a product allocates nothing. */
  private static final class Address extends FloatPointer {
    Address() {
      super((Pointer) null);
    }

    Address at(long a) {
      address = a;
      return this;
    }
  }
}
