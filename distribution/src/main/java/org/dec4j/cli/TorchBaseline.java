package org.dec4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PyTorch reference of {@code dec bench --baseline}: {@code bench/ae_torch.py} run by Debian's python3 (or the
 * one the system property {@code dec4j.python} names), on the same data, network and batch size.
 */
final class TorchBaseline {
  private TorchBaseline() {
  }

  /** The Python that runs the baseline: the system property dec4j.python, else Debian's, else the PATH's. */
  private static String python() {
    String given = System.getProperty("dec4j.python");
    if (given != null) {
      return given;
    }
    // Debian's python3-torch lives under /usr/bin/python3, which a python3 earlier on the PATH may hide
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }

  /** Refuses --baseline in one line, saying how to install it, where python3 cannot import torch. */
  static void check() throws IOException, InterruptedException {
    int rc;
    try {
      Process p = new ProcessBuilder(python(), "-c", "import torch").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      rc = p.waitFor();
    } catch (IOException e) {
      rc = -1;
    }
    if (rc != 0) {
      throw new IOException("--baseline needs PyTorch for " + python() + ", which cannot import torch: on Debian"
          + " 'apt-get install python3-torch', elsewhere 'pip install torch'");
    }
  }

  /**
   * Runs {@code bench/ae_torch.py} on the same data and network for as many samples as {@code steps} batches.
   *
   * @param input the data file
   * @param steps the steps dec4j timed
   * @param batch rows per batch
   * @param layers the encoder's widths joined by '-'
   * @return PyTorch's samples/s (median of its epochs after a warm-up)
   * @throws IOException if the script is missing or fails
   * @throws InterruptedException if interrupted while it runs
   */
  static double run(Path input, int steps, int batch, String layers) throws IOException, InterruptedException {
    Path script = Path.of("bench", "ae_torch.py");
    if (!Files.isRegularFile(script)) {
      throw new IOException("baseline script " + script + " not found (run from the repository root)");
    }
    int epochs = Math.max(2, (int) Math.ceil(steps * (double) batch / 10000.0));
    ProcessBuilder pb = new ProcessBuilder(python(), script.toString(), input.toString(), "--dims",
        layers.replace('-', ','), "--batch", Integer.toString(batch), "--epochs", Integer.toString(epochs))
        .redirectErrorStream(true);
    Process p = pb.start();
    double rate = Double.NaN;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        System.out.println("  torch: " + line);
        if (line.startsWith("samples/s median=")) {
          rate = Double.parseDouble(line.substring("samples/s median=".length()).split(" ")[0]);
        }
      }
    }
    if (p.waitFor() != 0 || Double.isNaN(rate)) {
      throw new IOException("the PyTorch baseline failed (is python3-torch installed?)");
    }
    return rate;
  }
}
