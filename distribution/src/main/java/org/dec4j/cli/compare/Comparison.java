package org.dec4j.cli.compare;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.cli.eval.ExternalMeasures;
import org.dec4j.cli.eval.InternalMeasures;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs each method with each seed on the same features and measures every run the same way. Seed by seed, every
 * method in turn, so that the deep engines on one seed share one pretrained autoencoder (each is still charged its
 * pretraining time). A run that fails, including by running out of memory, is recorded with its reason and the
 * others go on.
 */
public final class Comparison {
  private final List<ClusteringMethod> methods;
  private final long firstSeed;
  private final int seeds;
  private final PrintStream log;

  /**
   * @param methods methods to run
   * @param firstSeed the first seed (the user's)
   * @param seeds seeds per method (firstSeed, firstSeed + 1, ...)
   * @param log where to say what is running
   */
  public Comparison(List<ClusteringMethod> methods, long firstSeed, int seeds, PrintStream log) {
    this.methods = methods;
    this.firstSeed = firstSeed;
    this.seeds = seeds;
    this.log = log;
  }

  /**
   * @param x features every method gets
   * @param classes class of each row (-1 unknown), or null without a class column
   * @param k clusters
   * @return every run, grouped by method in the order given
   */
  public Map<String, List<RunResult>> run(FloatMatrix x, int[] classes, int k) {
    Map<String, List<RunResult>> all = new LinkedHashMap<>();
    for (ClusteringMethod m : methods) {
      all.put(m.name(), new ArrayList<>());
    }
    for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
      for (ClusteringMethod m : methods) {
        log.printf(Locale.ROOT, "[compare] %s, seed %d...%n", m.name(), seed);
        RunResult r = runOne(m, x, classes, k, seed);
        log.printf(Locale.ROOT, "[compare] %s, seed %d: %s (%.1f s)%n", m.name(), seed, r.ok()
            ? (r.external() == null ? "done" : String.format(Locale.ROOT, "ACC %.4f NMI %.4f ARI %.4f",
                r.external().accuracy(), r.external().nmi(), r.external().ari())) : "failed: " + r.error(), r.seconds());
        all.get(m.name()).add(r);
      }
    }
    return all;
  }

  private static RunResult runOne(ClusteringMethod m, FloatMatrix x, int[] classes, int k, long seed) {
    long t0 = System.nanoTime();
    ClusteringMethod.Run run;
    try {
      run = m.run(x, k, seed);
    } catch (OutOfMemoryError e) {
      return failed(m, seed, t0, "out of memory (" + e.getMessage() + "); give the JVM more with DEC4J_JAVA_OPTS=-Xmx..");
    } catch (Exception | LinkageError e) {
      return failed(m, seed, t0, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    double seconds = Double.isNaN(run.seconds()) ? (System.nanoTime() - t0) / 1e9 : run.seconds();
    ExternalMeasures ext = classes == null ? null : ExternalMeasures.of(run.labels(), classes);
    InternalMeasures in;
    try {
      in = distinct(run.labels()) > 1 ? InternalMeasures.of(x, run.labels()) : null;
    } catch (RuntimeException e) {
      in = null;
    }
    return new RunResult(m.name(), seed, run.labels(), run.embedding(), seconds, ext, in, null);
  }

  private static int distinct(int[] labels) {
    return (int) java.util.Arrays.stream(labels).distinct().count();
  }

  private static RunResult failed(ClusteringMethod m, long seed, long t0, String why) {
    return new RunResult(m.name(), seed, null, null, (System.nanoTime() - t0) / 1e9, null, null, why);
  }
}
