package org.dec4j.cli.compare;

import java.io.PrintStream;
import java.util.Locale;

/** Hears what a {@link Comparison} runs: each run as it starts and as it ends. */
public interface RunLog {
  /**
   * @param method the method about to run
   * @param seed its seed
   */
  default void started(ClusteringMethod method, long seed) {
  }

  /**
   * @param method the method that ran
   * @param result what it gave
   */
  void finished(ClusteringMethod method, RunResult result);

  /**
   * @param out where to print
   * @return a line as each run starts and one as it ends, with its outcome and time ({@code dec compare})
   */
  static RunLog lines(PrintStream out) {
    return new RunLog() {
      @Override
      public void started(ClusteringMethod method, long seed) {
        out.printf(Locale.ROOT, "[compare] %s, seed %d...%n", method.name(), seed);
      }

      @Override
      public void finished(ClusteringMethod method, RunResult r) {
        out.printf(Locale.ROOT, "[compare] %s, seed %d: %s (%.1f s)%n", method.name(), r.seed(), r.outcome(),
            r.seconds());
      }
    };
  }
}
