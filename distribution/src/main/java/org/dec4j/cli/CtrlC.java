package org.dec4j.cli;

import sun.misc.Signal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C (SIGINT) stops a command at the next mini-batch: the handler interrupts the command's thread, whose
 * training checks the interrupt between batches and between phases and throws, so that no model is returned and
 * nothing is written; the command then exits with {@value #EXIT_CODE}. Should the command not stop within
 * {@value #GRACE_MILLIS} ms (in a library that does not look at interrupts), or at a second Ctrl-C, the JVM stops
 * at once. Files are written atomically, so even then none is left half-written.
 */
final class CtrlC {
  /** The shell's code for a command ended by SIGINT (128 + 2). */
  static final int EXIT_CODE = 130;
  private static final long GRACE_MILLIS = 3000;
  private static final AtomicBoolean PRESSED = new AtomicBoolean();

  private CtrlC() {
  }

  /**
   * Handles SIGINT for the rest of the JVM's life (where the platform lets it be handled).
   *
   * @param worker the thread that runs the command
   */
  static void install(Thread worker) {
    try {
      Signal.handle(new Signal("INT"), s -> pressed(worker));
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // no SIGINT here (or the JVM runs with -Xrs): Ctrl-C keeps its default effect
    }
  }

  private static void pressed(Thread worker) {
    if (!PRESSED.compareAndSet(false, true)) {
      Runtime.getRuntime().halt(EXIT_CODE);
    }
    System.err.println();
    System.err.println("dec: Ctrl-C: stopping at the next batch");
    worker.interrupt();
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(GRACE_MILLIS);
        System.err.println("dec: not stopped after " + GRACE_MILLIS / 1000 + " s; stopping now");
        Runtime.getRuntime().halt(EXIT_CODE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "dec-ctrl-c");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** @return whether Ctrl-C was pressed */
  static boolean pressed() {
    return PRESSED.get();
  }
}
