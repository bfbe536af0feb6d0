package org.dec4j.cli.compare;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingCancelledException;
import org.dec4j.cli.eval.ExternalMeasures;
import org.dec4j.cli.eval.InternalMeasures;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs each method with each seed on the same features and measures every run the same way. Seed by seed, every
 * method in turn, so that the deep engines on one seed share one pretrained autoencoder (each is still charged its
 * pretraining time). A run that fails, including by running out of memory, is recorded with its reason and the
 * others go on; a cancelled run stops the comparison.
 */
public final class Comparison {
  private final List<ClusteringMethod> methods;
  private final long firstSeed;
  private final int seeds;
  private final RunLog log;
  private final boolean internalMeasures;

  /**
   * A comparison that measures silhouette and Davies-Bouldin too and prints each run ({@code dec compare}).
   *
   * @param methods methods to run
   * @param firstSeed the first seed (the user's)
   * @param seeds seeds per method (firstSeed, firstSeed + 1, ...)
   * @param log where to say what is running
   */
  public Comparison(List<ClusteringMethod> methods, long firstSeed, int seeds, PrintStream log) {
    this(methods, firstSeed, seeds, RunLog.lines(log), true);
  }

  /**
   * @param methods methods to run
   * @param firstSeed the first seed (the user's)
   * @param seeds seeds per method (firstSeed, firstSeed + 1, ...)
   * @param log hears each run
   * @param internalMeasures whether to measure silhouette and Davies-Bouldin on the input features
   * @throws IllegalArgumentException if seeds is below 1
   */
  public Comparison(List<ClusteringMethod> methods, long firstSeed, int seeds, RunLog log,
      boolean internalMeasures) {
    checkSeeds(seeds);
    this.methods = methods;
    this.firstSeed = firstSeed;
    this.seeds = seeds;
    this.log = log;
    this.internalMeasures = internalMeasures;
  }

  /**
   * @param seeds seeds per method, as asked for
   * @throws IllegalArgumentException if below 1
   */
  public static void checkSeeds(int seeds) {
    if (seeds < 1) {
      throw new IllegalArgumentException("--seeds must be at least 1");
    }
  }

  /**
   * @param x features every method gets
   * @param classes class of each row (-1 unknown), or null without a class column
   * @param k clusters
   * @return every run, grouped by method in the order given
   * @throws TrainingCancelledException if a run was cancelled
   */
  public Map<String, List<RunResult>> run(FloatMatrix x, int[] classes, int k) {
    Map<String, List<RunResult>> all = new LinkedHashMap<>();
    for (ClusteringMethod m : methods) {
      all.put(m.name(), new ArrayList<>());
    }
    for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
      for (ClusteringMethod m : methods) {
        CancellationToken.throwIfInterrupted();
        log.started(m, seed);
        RunResult r = runOne(m, x, classes, k, seed);
        log.finished(m, r);
        all.get(m.name()).add(r);
      }
    }
    return all;
  }

  private RunResult runOne(ClusteringMethod m, FloatMatrix x, int[] classes, int k, long seed) {
    long t0 = System.nanoTime();
    PeakMemory memory = PeakMemory.start();
    ClusteringMethod.Run run;
    try {
      run = m.run(x, k, seed);
    } catch (TrainingCancelledException e) {
      throw e;
    } catch (OutOfMemoryError e) {
      return failed(m, seed, t0, "out of memory (" + e.getMessage() + "); give the JVM more with"
          + " DEC4J_JAVA_OPTS=-Xmx..");
    } catch (Exception | LinkageError e) {
      return failed(m, seed, t0, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    double peak = memory.megabytes();
    double seconds = Double.isNaN(run.seconds()) ? (System.nanoTime() - t0) / 1e9 : run.seconds();
    ExternalMeasures ext = classes == null ? null : ExternalMeasures.of(run.labels(), classes);
    return new RunResult(m.name(), seed, run.labels(), run.embedding(), seconds, ext,
        internalMeasures ? internal(x, run.labels()) : null, run.effect(), peak, null);
  }

  private static InternalMeasures internal(FloatMatrix x, int[] labels) {
    try {
      return java.util.Arrays.stream(labels).distinct().count() > 1 ? InternalMeasures.of(x, labels) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static RunResult failed(ClusteringMethod m, long seed, long t0, String why) {
    return new RunResult(m.name(), seed, null, null, (System.nanoTime() - t0) / 1e9, null, null, null, Double.NaN,
        why);
  }
}
