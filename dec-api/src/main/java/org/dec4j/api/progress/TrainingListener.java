package org.dec4j.api.progress;

/**
 * Receives progress of a run. Every method has an empty default, so a listener overrides only what it shows.
 * Calls come from the training thread; keep them quick.
 */
public interface TrainingListener {
  /** A listener that ignores everything. */
  TrainingListener NONE = new TrainingListener() {
  };

  /**
   * A phase begins.
   *
   * @param phase the phase
   * @param totalSteps the most steps it will take
   */
  default void phaseStarted(Phase phase, long totalSteps) {
  }

  /**
   * Progress within a phase (at most a few times a second, and at every target update during refinement).
   *
   * @param event the report
   */
  default void progress(TrainingEvent event) {
  }

  /**
   * A phase has ended.
   *
   * @param phase the phase
   * @param seconds wall time it took
   * @param summary one line saying how it ended (e.g. "converged: 0.08% labels changed &lt; tol 0.1%")
   */
  default void phaseEnded(Phase phase, double seconds, String summary) {
  }

  /**
   * Something the user should know (e.g. a cluster that is emptying).
   *
   * @param message the warning
   */
  default void warning(String message) {
  }
}
