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
 * OSHI); on Windows through kernel32 and msvcrt (see {@link #windows()}). A value the user set is kept; a platform
 * where the call is not possible (no JNA native, e.g. macOS on ARM64 with JNA 4.3.0) is reported, not fatal.
 */
final class NativeWaitPolicy {
  /** The variable and the value that lets idle OpenMP threads sleep. */
  static final String NAME = "OMP_WAIT_POLICY";
  static final String PASSIVE = "PASSIVE";

  /** The part of the C library used here. */
  interface CLibrary extends Library {
    int setenv(String name, String value, int overwrite);
  }

  /** The process environment on Windows (read by a C runtime when it starts). */
  interface Kernel32 extends Library {
    boolean SetEnvironmentVariableA(String name, String value);
  }

  /** The C runtime MinGW's libgomp-1.dll (in ND4J's Windows jar) reads its environment from. */
  interface Msvcrt extends Library {
    int _putenv_s(String name, String value);
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
    if (Boolean.getBoolean("dec4j.keepWaitPolicy")) {
      return NAME + " unset (left as it is)";
    }
    try {
      if (Platform.isWindows()) {
        return windows();
      }
      CLibrary c = (CLibrary) Native.loadLibrary(Platform.C_LIBRARY_NAME, CLibrary.class);
      int rc = c.setenv(NAME, PASSIVE, 0);
      return rc == 0 ? NAME + "=" + PASSIVE + " (set by dec4j before ND4J started)"
          : NAME + " unset (setenv failed: " + rc + ")";
    } catch (LinkageError | RuntimeException e) {
      return NAME + " unset (could not call setenv: " + e + ")";
    }
  }

  /**
   * On Windows each C runtime keeps its own copy of the environment: the process block (kernel32), which a runtime
   * copies when it loads, and msvcrt.dll's copy in case it is loaded already. Not measured: no Windows machine here.
   */
  private static String windows() {
    boolean process = ((Kernel32) Native.loadLibrary("kernel32", Kernel32.class)).SetEnvironmentVariableA(NAME,
        PASSIVE);
    int crt = ((Msvcrt) Native.loadLibrary("msvcrt", Msvcrt.class))._putenv_s(NAME, PASSIVE);
    return process && crt == 0 ? NAME + "=" + PASSIVE + " (set by dec4j before ND4J started)"
        : NAME + " unset (SetEnvironmentVariable " + process + ", _putenv_s " + crt + ")";
  }
}
