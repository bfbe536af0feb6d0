package org.dec4j.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the start-up chatter of the libraries under the engines off the user's screen and out of a host's log
 * (ELKI routes java.util.logging into its own log, at -verbose too): netlib's warnings that it falls back to its
 * Java implementation, and ND4J's and DL4J's INFO lines (backend, BLAS vendor, thread counts). Their warnings and
 * errors still show. The loggers are held here: java.util.logging keeps only weak references, and a level set on a
 * logger nobody holds is lost when it is collected.
 */
public final class LibraryNoise {
  private static final List<Logger> HELD = List.of(level("com.github.fommil", Level.SEVERE),
      level("org.nd4j", Level.WARNING), level("org.deeplearning4j", Level.WARNING),
      level("org.bytedeco", Level.WARNING));

  private LibraryNoise() {
  }

  private static Logger level(String name, Level level) {
    Logger l = Logger.getLogger(name);
    l.setLevel(level);
    return l;
  }

  /** Sets the levels, once (loading this class sets them): call it before the libraries start. */
  public static void quiet() {
    // the class's initialisation did the work; HELD keeps the loggers
  }

  /** @return the loggers whose level is set (for tests) */
  static List<Logger> held() {
    return HELD;
  }
}
