package org.dec4j.engine.nn;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads that run a training step's work beside the calling thread, one per core: the blocks of a product
 * ({@link Gemm}), the column chunks of the bias and activation passes ({@link LayerPasses}) and Adam's chunks
 * ({@link AdamStepper}); part 0 runs on the caller, part i on worker i - 1. A worker waits for its next part
 * spinning for a fifth of a millisecond, which bridges the gaps of a step, then parks, so that no core is held
 * between steps. One caller at a time: a second one that finds the workers busy runs the same parts itself, one
 * after the other, so a result does not depend on who won.
 */
final class CoreWorkers {
  /** Work cut into parts that may run at once. */
  interface Parts {
    void run(int part);
  }

  private static final long SPIN_NANOS = 200_000L;
  private static volatile CoreWorkers shared;
  private static volatile int parts = 1;
  private final Worker[] workers;
  private final AtomicBoolean busy = new AtomicBoolean();

  /**
   * Starts the shared workers once.
   *
   * @param threads the threads to run on, the caller's included
   * @return whether they were started now
   */
  static synchronized boolean start(int threads) {
    if (shared != null || threads <= 1) {
      return false;
    }
    shared = new CoreWorkers(threads);
    parts = threads;
    return true;
  }

  /** @return how many parts work is cut into now (1 without workers and in a deterministic run) */
  static int parts() {
    return parts;
  }

  /** @param n parts from now on, at most the threads started */
  static void parts(int n) {
    CoreWorkers w = shared;
    parts = w == null ? 1 : Math.max(1, Math.min(n, w.threads()));
  }

  /**
   * Runs parts 0 .. n - 1 on the shared workers (on the calling thread, one after the other, when there are none).
   *
   * @param task the parts
   * @param n at most {@link #parts()}
   */
  static void runShared(Parts task, int n) {
    CoreWorkers w = shared;
    if (w == null) {
      for (int p = 0; p < n; p++) {
        task.run(p);
      }
    } else {
      w.run(task, n);
    }
  }

  /**
   * Runs tasks 0 .. tasks - 1 in {@link #parts()} runs of consecutive tasks, one run per thread.
   *
   * @param tasks how many
   * @param task one task
   */
  static void forEach(int tasks, java.util.function.IntConsumer task) {
    int n = Math.min(tasks, parts);
    runShared(part -> {
      for (int t = (int) ((long) tasks * part / n), end = (int) ((long) tasks * (part + 1) / n); t < end; t++) {
        task.accept(t);
      }
    }, n);
  }

  private CoreWorkers(int threads) {
    workers = new Worker[threads - 1];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = new Worker("dec4j-core-" + (i + 1));
      workers[i].start();
    }
  }

  /** @return how many parts run at once: the workers and the calling thread */
  int threads() {
    return workers.length + 1;
  }

  /**
   * Runs parts 0 .. parts - 1 and returns once all are done.
   *
   * @param task the parts
   * @param parts at most {@link #threads()}
   */
  void run(Parts task, int parts) {
    if (parts <= 1 || !busy.compareAndSet(false, true)) {
      for (int p = 0; p < parts; p++) {
        task.run(p);
      }
      return;
    }
    try {
      for (int p = 1; p < parts; p++) {
        workers[p - 1].post(task, p);
      }
      Throwable error = null;
      try {
        task.run(0);
      } catch (RuntimeException | Error e) {
        error = e;
      }
      for (int p = 1; p < parts; p++) {
        Throwable e = workers[p - 1].await();
        error = error == null ? e : error;
      }
      if (error instanceof RuntimeException) {
        throw (RuntimeException) error;
      } else if (error != null) {
        throw (Error) error;
      }
    } finally {
      busy.set(false);
    }
  }

  private static final class Worker extends Thread {
    private volatile Parts task;
    private volatile boolean done = true;
    private int part;
    private Throwable error;

    Worker(String name) {
      super(name);
      setDaemon(true);
    }

    void post(Parts t, int p) {
      part = p;
      error = null;
      done = false;
      task = t;
      LockSupport.unpark(this);
    }

    Throwable await() {
      int spins = 0;
      while (!done) {
        if (++spins < 1 << 16) {
          Thread.onSpinWait();
        } else {
          Thread.yield();
        }
      }
      return error;
    }

    @Override
    public void run() {
      long idleSince = System.nanoTime();
      while (true) {
        Parts t = task;
        if (t == null) {
          if (System.nanoTime() - idleSince < SPIN_NANOS) {
            Thread.onSpinWait();
          } else {
            LockSupport.park(this);
          }
          continue;
        }
        task = null;
        try {
          t.run(part);
        } catch (RuntimeException | Error e) {
          error = e;
        }
        done = true;
        idleSince = System.nanoTime();
      }
    }
  }
}
