package org.dec4j.engine.runtime;

/** Paces progress reports (a few per second) and measures throughput between them. */
public final class ProgressClock {
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private long last = start;
  private long samplesSinceLast;

  /** @param intervalMillis least time between reports */
  public ProgressClock(long intervalMillis) {
    this.intervalNanos = intervalMillis * 1_000_000L;
  }

  /**
   * Counts work done.
   *
   * @param samples rows processed
   * @return whether a report is due
   */
  public boolean tick(long samples) {
    samplesSinceLast += samples;
    return System.nanoTime() - last >= intervalNanos;
  }

  /** @return rows per second since the last report; starts a new interval */
  public double rateAndReset() {
    long now = System.nanoTime();
    double rate = samplesSinceLast / Math.max(1e-9, (now - last) / 1e9);
    last = now;
    samplesSinceLast = 0;
    return rate;
  }

  /** @return seconds since this clock was made */
  public double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
