package org.dec4j.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** netlib's fallback warnings and ND4J's INFO lines stay off, also after a host (ELKI) re-reads the configuration. */
class LibraryNoiseTest {
  @Test
  void theLevelsSurviveGarbageCollectionAndARereadConfiguration() throws IOException {
    LibraryNoise.quiet();
    System.gc();
    LogManager.getLogManager().readConfiguration();
    Logger arpack = Logger.getLogger("com.github.fommil.netlib.ARPACK");
    Logger nd4j = Logger.getLogger("org.nd4j.linalg.factory.Nd4jBackend");
    assertFalse(arpack.isLoggable(Level.WARNING), "netlib's warning would show");
    assertTrue(arpack.isLoggable(Level.SEVERE));
    assertFalse(nd4j.isLoggable(Level.INFO), "ND4J's INFO would show");
    assertTrue(nd4j.isLoggable(Level.WARNING));
  }
}
