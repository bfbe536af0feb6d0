package org.dec4j.cli;

import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows training progress on stderr: one line per phase that is rewritten in place on a terminal, or printed at
 * most every few seconds when stderr is a file; every target update of the refinement gets its own line.
 */
public final class ProgressPrinter implements TrainingListener {
  private static final long FILE_INTERVAL_NANOS = 5_000_000_000L;
  private final PrintStream out;
  private final boolean terminal;
  private boolean openLine;
  private long lastPrinted;

  /**
   * @param out where to print (stderr)
   * @param terminal whether it is a terminal (lines rewritten in place)
   */
  public ProgressPrinter(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** @return a printer on stderr that detects a terminal */
  public static ProgressPrinter onStderr() {
    return new ProgressPrinter(System.err, System.console() != null);
  }

  /**
   * @param quiet whether the user asked for no progress
   * @return progress on stderr, or, when quiet, only the warnings
   */
  public static TrainingListener forCommand(boolean quiet) {
    if (!quiet) {
      return onStderr();
    }
    return new TrainingListener() {
      @Override
      public void warning(String message) {
        System.err.println("warning: " + message);
      }
    };
  }

  @Override
  public void progress(TrainingEvent e) {
    switch (e.phase()) {
      case PRETRAIN -> transient_(String.format(Locale.ROOT, "[pretrain] step %d/%d  reconstruction MSE %.5f  %,.0f samples/s",
          e.step(), e.totalSteps(), e.loss(), e.samplesPerSecond()), e.step() == e.totalSteps());
      case REFINE -> line(String.format(Locale.ROOT, "[refine] batch %d/%d  KL %.4f  changed %s  entropy %.3f  smallest"
          + " cluster %d", e.step(), e.totalSteps(), e.loss(), Double.isNaN(e.changedShare()) ? "-"
              : String.format(Locale.ROOT, "%.3f%%", 100 * e.changedShare()), e.entropy(), min(e.clusterSizes())));
      default -> transient_(String.format(Locale.ROOT, "[%s] %d/%d", name(e.phase()), e.step(), e.totalSteps()), false);
    }
  }

  @Override
  public void phaseEnded(Phase phase, double seconds, String summary) {
    line(String.format(Locale.ROOT, "[%s] %s (%.1f s)", name(phase), summary, seconds));
  }

  @Override
  public void warning(String message) {
    line("[warning] " + message);
  }

  private static int min(int[] a) {
    int m = Integer.MAX_VALUE;
    for (int v : a) {
      m = Math.min(m, v);
    }
    return a.length == 0 ? 0 : m;
  }

  private static String name(Phase p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  private synchronized void transient_(String text, boolean last) {
    if (terminal) {
      out.print("\r" + text + "\u001b[K");
      openLine = true;
      out.flush();
      return;
    }
    long now = System.nanoTime();
    if (last || now - lastPrinted >= FILE_INTERVAL_NANOS) {
      out.println(text);
      lastPrinted = now;
    }
  }

  private synchronized void line(String text) {
    if (openLine) {
      out.print("\r\u001b[K");
      openLine = false;
    }
    out.println(text);
    out.flush();
  }
}
