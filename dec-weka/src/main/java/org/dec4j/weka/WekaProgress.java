package org.dec4j.weka;

import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows training progress where a Weka user looks: a line per phase and per target update on stderr (the command
 * line, and the GUIChooser's log window), and, inside the Explorer, the status bar and the Log panel. Weka's
 * ClustererPanel hands a clusterer no logger, so this finds the open Explorer's {@code weka.gui.LogPanel} (public
 * API: AWT frames and {@link weka.gui.Logger}) and writes to it on the Swing thread.
 */
public final class WekaProgress implements TrainingListener {
  private static final long STATUS_INTERVAL_NANOS = 1_000_000_000L;
  private final String name;
  private final PrintStream err;
  private final List<weka.gui.Logger> explorerLogs;
  private long lastStatus;

  /**
   * @param name name shown in messages
   * @param err where progress lines go (stderr)
   */
  public WekaProgress(String name, PrintStream err) {
    this.name = name;
    this.err = err;
    this.explorerLogs = findExplorerLogs();
  }

  private static List<weka.gui.Logger> findExplorerLogs() {
    List<weka.gui.Logger> logs = new ArrayList<>();
    if (GraphicsEnvironment.isHeadless()) {
      return logs;
    }
    for (Frame f : Frame.getFrames()) {
      if (f.isDisplayable()) {
        collect(f, logs);
      }
    }
    return logs;
  }

  private static void collect(Container c, List<weka.gui.Logger> logs) {
    for (Component child : c.getComponents()) {
      if (child instanceof weka.gui.LogPanel) {
        logs.add((weka.gui.Logger) child);
      } else if (child instanceof Container) {
        collect((Container) child, logs);
      }
    }
  }

  @Override
  public void phaseStarted(Phase phase, long totalSteps) {
    status(name + ": " + phase.name().toLowerCase(Locale.ROOT) + "...");
  }

  @Override
  public void progress(TrainingEvent e) {
    String text = switch (e.phase()) {
      case PRETRAIN -> String.format(Locale.ROOT, "%s: pretraining step %d/%d, reconstruction MSE %.5f", name,
          e.step(), e.totalSteps(), e.loss());
      case REFINE -> String.format(Locale.ROOT, "%s: refinement batch %d/%d, KL %.4f, %s labels changed", name,
          e.step(), e.totalSteps(), e.loss(), Double.isNaN(e.changedShare()) ? "-"
              : String.format(Locale.ROOT, "%.2f%%", 100 * e.changedShare()));
      default -> String.format(Locale.ROOT, "%s: %s %d/%d", name, e.phase().name().toLowerCase(Locale.ROOT),
          e.step(), e.totalSteps());
    };
    long now = System.nanoTime();
    if (e.phase() == Phase.REFINE) {
      err.println(text);
    }
    if (now - lastStatus >= STATUS_INTERVAL_NANOS || e.phase() == Phase.REFINE) {
      lastStatus = now;
      status(text);
    }
  }

  @Override
  public void phaseEnded(Phase phase, double seconds, String summary) {
    log(String.format(Locale.ROOT, "%s: %s: %s (%.1f s)", name, phase.name().toLowerCase(Locale.ROOT), summary,
        seconds));
  }

  @Override
  public void warning(String message) {
    log(name + ": warning: " + message);
  }

  private void log(String text) {
    err.println(text);
    for (weka.gui.Logger l : explorerLogs) {
      javax.swing.SwingUtilities.invokeLater(() -> l.logMessage(text));
    }
    status(text);
  }

  private void status(String text) {
    for (weka.gui.Logger l : explorerLogs) {
      javax.swing.SwingUtilities.invokeLater(() -> l.statusMessage(text));
    }
  }
}
