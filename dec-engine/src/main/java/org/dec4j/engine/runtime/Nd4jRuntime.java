package org.dec4j.engine.runtime;

import org.dec4j.engine.nn.Gemm;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs engine work under the conditions ND4J needs: the thread context class loader set to the engine's own
 * (ND4J finds its backend through it, which fails under Weka's and ELKI's plugin class loaders otherwise),
 * ND4J's periodic {@code System.gc()} switched off (every buffer here is reused, and the forced collections
 * stalled training), BLAS's threads taken over by {@link Gemm} (a block of each product per core), and, when asked
 * for, one thread for ND4J's ops and for the products so that results repeat bit for bit.
 */
public final class Nd4jRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(Nd4jRuntime.class);
  private static volatile boolean started;
  private static volatile boolean passive;

  private Nd4jRuntime() {
  }

  /**
   * Runs work with the engine's class loader as context class loader.
   *
   * @param deterministic whether to run the numeric work on one thread
   * @param work the work
   * @param <T> result type
   * @return its result
   */
  public static <T> T call(boolean deterministic, Supplier<T> work) {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(Nd4jRuntime.class.getClassLoader());
    try {
      ensureStarted();
      if (!deterministic) {
        return work.get();
      }
      synchronized (Nd4jRuntime.class) {
        int omp = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        int blas = Nd4j.factory().blas().getMaxThreads();
        int blocks = Gemm.threads();
        setThreads(1, 1);
        Gemm.threads(1);
        try {
          return work.get();
        } finally {
          setThreads(omp, blas);
          Gemm.threads(blocks);
        }
      }
    } finally {
      t.setContextClassLoader(before);
    }
  }

  private static void setThreads(int omp, int blas) {
    NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(omp);
    Nd4j.factory().blas().setMaxThreads(blas);
  }

  private static void ensureStarted() {
    if (!started) {
      start();
    }
  }

  /** Not under the lock of a deterministic run, which a data-parallel driver may hold while its tasks start. */
  private static synchronized void start() {
    if (started) {
      return;
    }
    NativePlatform.check(NativePlatform.current(), Nd4jRuntime.class.getClassLoader());
    String wait = NativeWaitPolicy.apply();
    passive = wait.toUpperCase(Locale.ROOT).startsWith(NativeWaitPolicy.NAME + "=" + NativeWaitPolicy.PASSIVE);
    Nd4j.getMemoryManager().togglePeriodicGc(false);
    Gemm.takeOverBlasThreads();
    LOG.debug("ND4J started: {}, OMP_NUM_THREADS={}, BLAS threads {}, products cut into {} blocks", wait,
        System.getenv("OMP_NUM_THREADS"), Nd4j.factory().blas().getMaxThreads(), Gemm.threads());
    if (!passive) {
      LOG.info(wait + ": on few cores ND4J's and BLAS's threads spin against each other and"
          + " training runs up to 2x slower. Set OMP_WAIT_POLICY=PASSIVE in the environment of the JVM.");
    }
    started = true;
  }

  /** @return whether ND4J started with OMP_WAIT_POLICY=PASSIVE, from the environment or set by dec4j */
  public static boolean passiveWaitPolicy() {
    return passive;
  }
}
