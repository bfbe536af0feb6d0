package org.dec4j.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a Java main class in a new JVM, as a user would from a shell, and returns what it printed. */
final class FreshJvm {
  private FreshJvm() {
  }

  /**
   * @param output everything the process printed (stdout and stderr)
   * @param exitCode its exit code
   */
  record Result(String output, int exitCode) {
  }

  /**
   * @param classPath class path entries
   * @param env extra environment variables
   * @param args JVM options, main class and arguments
   * @return output and exit code
   * @throws IOException if it cannot start
   * @throws InterruptedException if interrupted
   */
  static Result run(List<Path> classPath, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx4g");
    cmd.add("-cp");
    List<String> cp = new ArrayList<>();
    for (Path p : classPath) {
      cp.add(p.toString());
    }
    cmd.add(String.join(File.pathSeparator, cp));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + cmd);
    }
    return new Result(new String(out, StandardCharsets.UTF_8), p.exitValue());
  }

  /** @return the class path entries of this JVM whose file name contains one of the given words */
  static List<Path> testClassPath(String... words) {
    List<Path> out = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(e).getFileName().toString();
      for (String w : words) {
        if (name.contains(w)) {
          out.add(Path.of(e));
          break;
        }
      }
    }
    return out;
  }
}
