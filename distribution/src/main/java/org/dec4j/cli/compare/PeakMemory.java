package org.dec4j.cli.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident memory of this process during one run, on Linux: the kernel's high-water mark ({@code VmHWM} in
 * {@code /proc/self/status}) after resetting it ({@code 5} written to {@code /proc/self/clear_refs}) at the start. It
 * is the whole JVM's peak (heap, native memory of ND4J, code, and whatever earlier runs left cached), not the run's
 * own allocations. Where either file is unavailable the peak is unknown (NaN); measuring never fails.
 */
public final class PeakMemory {
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final String HIGH_WATER = "VmHWM:";

  private final boolean reset;

  private PeakMemory(boolean reset) {
    this.reset = reset;
  }

  /** @return a measurement that starts now (the high-water mark reset, where the system allows it) */
  public static PeakMemory start() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return new PeakMemory(true);
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      return new PeakMemory(false);
    }
  }

  /** @return the peak resident memory since {@link #start} in MiB, or NaN if unknown */
  public double megabytes() {
    if (!reset) {
      return Double.NaN;
    }
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith(HIGH_WATER)) {
          String kb = line.substring(HIGH_WATER.length()).trim().split("\\s+")[0];
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | SecurityException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
