package org.dec4j.engine.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Puts {@code OMP_WAIT_POLICY=PASSIVE} into this process's native environment before ND4J loads its native library,
 * so that a JVM started without it (Weka from its desktop icon, ELKI, any host) trains as fast as {@code ./dec}.
 * ND4J's OpenMP runtime reads the variable once, when the library loads; with the default (active) policy its idle
 * threads spin against OpenBLAS's on few cores and pretraining ran at about half the speed (PERF.md). Java cannot
 * change its environment, so this calls the C library's {@code setenv} through JNA, which ND4J already brings (via
 * OSHI). A value the user set is kept; a platform where the call is not possible (Windows, where the OpenMP runtime
 * may keep its own copy of the environment, or no JNA native) is reported, not fatal.
 */
final class NativeWaitPolicy {
  /** The variable and the value that lets idle OpenMP threads sleep. */
  static final String NAME = "OMP_WAIT_POLICY";
  static final String PASSIVE = "PASSIVE";

  /** The part of the C library used here. */
  interface CLibrary extends Library {
    int setenv(String name, String value, int overwrite);
  }

  private NativeWaitPolicy() {
  }

  /**
   * Sets the variable unless the user did; must run before the first ND4J call.
   *
   * @return what was done, for the log
   */
  static String apply() {
    String user = System.getenv(NAME);
    if (user != null) {
      return NAME + "=" + user + " (from the environment)";
    }
    if (Boolean.getBoolean("dec4j.keepWaitPolicy") || Platform.isWindows()) {
      return NAME + " unset (left as it is" + (Platform.isWindows() ? " on Windows)" : ")");
    }
    try {
      CLibrary c = (CLibrary) Native.loadLibrary(Platform.C_LIBRARY_NAME, CLibrary.class);
      int rc = c.setenv(NAME, PASSIVE, 0);
      return rc == 0 ? NAME + "=" + PASSIVE + " (set by dec4j before ND4J started)"
          : NAME + " unset (setenv failed: " + rc + ")";
    } catch (LinkageError | RuntimeException e) {
      return NAME + " unset (could not call setenv: " + e + ")";
    }
  }
}
