package org.dec4j.engine.runtime;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wait policy reaches the native environment of a JVM started without it, and a user's value is kept. */
class NativeWaitPolicyTest {
  /** Reads the native environment, as ND4J's OpenMP runtime does. */
  interface Getenv extends Library {
    String getenv(String name);
  }

  /** Applies the policy in a fresh JVM and prints what it did and what the C library's getenv then returns. */
  public static final class Probe {
    public static void main(String[] args) {
      String did = NativeWaitPolicy.apply();
      Getenv c = (Getenv) Native.loadLibrary(Platform.C_LIBRARY_NAME, Getenv.class);
      System.out.println(did + "|" + c.getenv(NativeWaitPolicy.NAME));
    }
  }

  private static String probe(String userValue) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Probe.class.getName()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove(NativeWaitPolicy.NAME);
    if (userValue != null) {
      pb.environment().put(NativeWaitPolicy.NAME, userValue);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  @Test
  void aJvmWithoutThePolicyGetsPassiveInItsNativeEnvironment() throws Exception {
    if (Platform.isWindows()) {
      return;
    }
    String out = probe(null);
    assertTrue(out.endsWith("OMP_WAIT_POLICY=PASSIVE (set by dec4j before ND4J started)|PASSIVE"), out);
  }

  @Test
  void theUsersValueIsKept() throws Exception {
    String out = probe("ACTIVE");
    assertTrue(out.endsWith("OMP_WAIT_POLICY=ACTIVE (from the environment)|ACTIVE"), out);
  }
}
