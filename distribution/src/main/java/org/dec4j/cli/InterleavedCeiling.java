package org.dec4j.cli;

import org.dec4j.api.engine.GemmBenchmark;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the GEMM ceiling between the progress intervals of a pretraining run (the engine reports on its training
 * thread, which waits meanwhile): each interval's samples/s, timed from the end of one reading to the start of the
 * next, against the mean of the readings just before and just after it. The machine's speed swings within seconds
 * (ceiling readings of 90 to 152 GFLOP/s in one run), more than within one interval, so the share of each interval
 * is a pair measured at the same time, and their median the figure that holds.
 */
final class InterleavedCeiling implements TrainingListener {
  /** How long one reading of the ceiling takes. */
  static final double WINDOW_SECONDS = 0.2;
  private final GemmBenchmark gemm;
  private final int[] sizes;
  private final int batch;
  private final long afterStep;
  private final double flopsPerSample;
  private final List<Double> rates = new ArrayList<>();
  private final List<Double> shares = new ArrayList<>();
  private long lastExit = -1;
  private long lastStep;
  private double lastCeiling = Double.NaN;
  private long readingNanos;

  /**
   * @param gemm the backend's measurement, or null for the interval rates alone
   * @param sizes the autoencoder's layer widths, input first and last
   * @param batch rows per step
   * @param afterStep the warm-up: intervals that end at this step or before are not counted
   */
  InterleavedCeiling(GemmBenchmark gemm, int[] sizes, int batch, long afterStep) {
    this.gemm = gemm;
    this.sizes = sizes.clone();
    this.batch = batch;
    this.afterStep = afterStep;
    this.flopsPerSample = GemmBenchmark.flopsPerSample(sizes);
  }

  @Override
  public void progress(TrainingEvent e) {
    if (e.phase() != Phase.PRETRAIN || e.step() <= afterStep) {
      return;
    }
    long entry = System.nanoTime();
    double rate = lastExit < 0 ? Double.NaN : (e.step() - lastStep) * batch / ((entry - lastExit) / 1e9);
    double ceiling = gemm == null ? Double.NaN
        : gemm.windowFlopsPerSecond(sizes, batch, WINDOW_SECONDS) / flopsPerSample;
    long exit = System.nanoTime();
    readingNanos += exit - entry;
    if (!Double.isNaN(rate)) {
      rates.add(rate);
      if (!Double.isNaN(ceiling) && !Double.isNaN(lastCeiling)) {
        shares.add(rate / ((lastCeiling + ceiling) / 2));
      }
    }
    lastCeiling = ceiling;
    lastExit = exit;
    lastStep = e.step();
  }

  /** @return samples/s of each counted interval, the readings' time left out */
  List<Double> rates() {
    return rates;
  }

  /** @return each counted interval's samples/s over the mean ceiling (samples/s) of the readings around it */
  List<Double> shares() {
    return shares;
  }

  /** @return the seconds the readings took, inside the run's wall time */
  double readingSeconds() {
    return readingNanos / 1e9;
  }
}
