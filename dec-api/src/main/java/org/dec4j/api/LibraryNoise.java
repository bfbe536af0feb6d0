package org.dec4j.api;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps the start-up chatter of the libraries under the engines off the user's screen and out of a host's log
 * (ELKI routes java.util.logging into its own log, at -verbose too): netlib's warnings that it falls back to its
 * Java implementation, and ND4J's and DL4J's INFO lines (backend, BLAS vendor, thread counts). Their warnings and
 * errors still show. The loggers are held here: java.util.logging keeps only weak references, and a level set on a
 * logger nobody holds is lost when it is collected. The levels are set again whenever the logging configuration is
 * read again: ELKI's logging set-up does so (in compare too, when ELKI's methods start) and resets every level.
 */
public final class LibraryNoise {
  private static final List<Logger> HELD = List.of(Logger.getLogger("com.github.fommil"),
      Logger.getLogger("org.nd4j"), Logger.getLogger("org.deeplearning4j"), Logger.getLogger("org.bytedeco"));

  static {
    apply();
    LogManager.getLogManager().addConfigurationListener(LibraryNoise::apply);
  }

  private LibraryNoise() {
  }

  private static void apply() {
    for (Logger l : HELD) {
      l.setLevel(l.getName().startsWith("com.github.fommil") ? Level.SEVERE : Level.WARNING);
    }
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
