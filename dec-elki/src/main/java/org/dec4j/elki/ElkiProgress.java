package org.dec4j.elki;

import elki.logging.Logging;
import elki.logging.progress.FiniteProgress;
import elki.logging.statistics.DoubleStatistic;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;

import java.util.Locale;

/**
 * Maps engine progress onto ELKI's logging: a {@link FiniteProgress} per phase when verbose, every phase's
 * summary as a verbose message, the losses as statistics (printed with {@code -time} or {@code -verbose}), and
 * warnings as ELKI warnings.
 */
final class ElkiProgress implements TrainingListener {
  private final Logging log;
  private final String key;
  private FiniteProgress progress;

  ElkiProgress(Logging log, String key) {
    this.log = log;
    this.key = key;
  }

  @Override
  public void phaseStarted(Phase phase, long totalSteps) {
    progress = log.isVerbose() && totalSteps > 0
        ? new FiniteProgress("DEC " + name(phase), (int) Math.min(Integer.MAX_VALUE, totalSteps), log) : null;
  }

  @Override
  public void progress(TrainingEvent e) {
    if (progress != null) {
      progress.setProcessed((int) Math.min(e.step(), progress.getTotal()), log);
    }
    if (e.phase() == Phase.REFINE && log.isVerbose()) {
      log.verbose(String.format(Locale.ROOT, "DEC refinement batch %d: KL %.4f, %s labels changed, entropy %.3f",
          e.step(), e.loss(), Double.isNaN(e.changedShare()) ? "-"
              : String.format(Locale.ROOT, "%.3f%%", 100 * e.changedShare()), e.entropy()));
    }
  }

  @Override
  public void phaseEnded(Phase phase, double seconds, String summary) {
    if (progress != null) {
      progress.setProcessed(progress.getTotal(), log);
      log.ensureCompleted(progress);
      progress = null;
    }
    if (log.isVerbose()) {
      log.verbose("DEC " + name(phase) + ": " + summary);
    }
    if (log.isStatistics()) {
      log.statistics(new DoubleStatistic(key + "." + name(phase) + ".seconds", seconds));
    }
  }

  @Override
  public void warning(String message) {
    log.warning("DEC: " + message);
  }

  private static String name(Phase p) {
    return p.name().toLowerCase(Locale.ROOT);
  }
}
