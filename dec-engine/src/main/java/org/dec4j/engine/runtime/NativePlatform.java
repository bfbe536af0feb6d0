package org.dec4j.engine.runtime;

import org.bytedeco.javacpp.Loader;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether ND4J's native backend for this machine is on the class path, checked before ND4J loads it, so that a
 * package built for another platform (the Weka package for Linux installed on Windows, say) says so in one line
 * instead of failing inside ND4J's native loader with a stack trace.
 */
public final class NativePlatform {
  /** Platforms dec4j packages natives for (JavaCPP's names). */
  static final List<String> KNOWN = List.of("linux-x86_64", "linux-arm64", "windows-x86_64", "macosx-x86_64",
      "macosx-arm64");
  /** Where nd4j-native keeps its JNI library for a platform. */
  private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";

  private NativePlatform() {
  }

  /** @return this machine's platform as JavaCPP names it (linux-x86_64, windows-x86_64, macosx-arm64, ...) */
  public static String current() {
    return Loader.getPlatform();
  }

  /**
   * @param loader where to look
   * @return the platforms whose ND4J JNI library the class path holds
   */
  static List<String> available(ClassLoader loader) {
    List<String> found = new ArrayList<>();
    for (String p : KNOWN) {
      if (loader.getResource(BINDINGS + p + "/" + library(p)) != null) {
        found.add(p);
      }
    }
    return found;
  }

  /** @return the file name of ND4J's JNI library on a platform */
  static String library(String platform) {
    return platform.startsWith("windows") ? "jnind4jcpu.dll" : platform.startsWith("macosx")
        ? "libjnind4jcpu.dylib" : "libjnind4jcpu.so";
  }

  /**
   * @param platform this machine's platform
   * @param loader where to look
   * @throws IllegalStateException naming the platform and what the class path holds, if its library is missing
   */
  static void check(String platform, ClassLoader loader) {
    if (loader.getResource(BINDINGS + platform + "/" + library(platform)) != null) {
      return;
    }
    List<String> found = available(loader);
    throw new IllegalStateException("dec4j has no ND4J native library for this machine (" + platform + ")"
        + (found.isEmpty() ? "" : ": this installation carries " + String.join(", ", found)) + "; install the dec4j"
        + " package for " + platform + (KNOWN.contains(platform) ? "" : " (not one dec4j is built for: "
        + String.join(", ", KNOWN) + ")"));
  }
}
