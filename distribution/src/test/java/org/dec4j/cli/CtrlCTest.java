package org.dec4j.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C: a child JVM running {@code dec} is sent SIGINT in the middle of pretraining; it exits with 130 within a
 * second, says it stopped, and leaves no file (no assignments, model or report, and no temporary file).
 */
class CtrlCTest {
  @TempDir
  Path dir;

  /** @return 400 rows in 4 columns: what they hold does not matter, only that pretraining runs long */
  private Path data() throws IOException {
    StringBuilder b = new StringBuilder("a,b,c,d\n");
    for (int i = 0; i < 400; i++) {
      b.append(i % 7).append(',').append(i % 5).append(',').append(i % 3).append(',').append(i % 2).append('\n');
    }
    return Files.writeString(dir.resolve("rows.csv"), b.toString());
  }

  private List<String> command(String name, Path input, Path out) {
    List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), name, "--input",
        input.toString(), "--layers", "8,2", "--pretrain-layer-steps", "1000000", "--pretrain-steps", "1000000",
        "--max-iter", "5"));
    switch (name) {
      case "cluster" -> c.addAll(List.of("--k", "2", "--output", out.resolve("a.csv").toString(), "--save-model",
          out.resolve("m.zip").toString(), "--report", out.resolve("report").toString()));
      case "compare" -> c.addAll(List.of("--k", "2", "--methods", "dec", "--seeds", "1", "--report",
          out.resolve("report").toString()));
      default -> c.addAll(List.of("--k", "2..3", "--seeds", "1", "--report", out.resolve("report").toString()));
    }
    return c;
  }

  @ParameterizedTest
  @ValueSource(strings = { "cluster", "compare", "choose-k" })
  void sigintInPretrainingExits130WithinASecondAndWritesNothing(String name) throws Exception {
    // a shell starts background jobs with SIGINT ignored, and a JVM cannot handle a signal ignored at its start:
    // there the child would train on, so the test is skipped rather than hang
    Assumptions.assumeFalse(sigintIgnored(), "SIGINT is ignored in this process (a background job)");
    Path out = Files.createDirectory(dir.resolve("out"));
    Process p = new ProcessBuilder(command(name, data(), out)).redirectErrorStream(true).start();
    StringBuilder seen = new StringBuilder();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long sent = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        seen.append(line).append('\n');
        if (sent == 0 && line.contains("[pretrain] step")) {
          Thread.sleep(300);
          sent = System.nanoTime();
          assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
          // whatever happens, the child ends within 30 s, so that the reading below ends
          p.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> {
            p.destroyForcibly();
            return p;
          });
        }
      }
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), seen.toString());
    } finally {
      p.destroyForcibly();
    }
    double seconds = (System.nanoTime() - sent) / 1e9;
    assertTrue(sent > 0, "pretraining never started:\n" + seen);
    assertEquals(130, p.exitValue(), seen.toString());
    assertTrue(seen.toString().contains("dec " + name + ": stopped by Ctrl-C before the end of training; nothing was"
        + " written"), seen.toString());
    System.out.printf(Locale.ROOT, "%s stopped %.3f s after SIGINT%n", name, seconds);
    assertTrue(seconds < 1.0, "took " + seconds + " s to stop");
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(List.of(), left.toList());
    }
  }

  /** @return whether SIGINT is ignored in this process (Linux: bit 2 of SigIgn in /proc/self/status) */
  private static boolean sigintIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 2L) != 0;
      }
    }
    return false;
  }
}
