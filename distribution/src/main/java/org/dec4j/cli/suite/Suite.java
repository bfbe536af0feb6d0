package org.dec4j.cli.suite;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.cli.compare.ClusteringMethod;
import org.dec4j.cli.compare.Comparison;
import org.dec4j.cli.compare.RunLog;
import org.dec4j.cli.compare.RunResult;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the methods on one labelled data set after another: each set prepared as every front-end prepares it
 * ({@link TableClusterer#prepare}, its class column left out), then a {@link Comparison} with K the number of
 * classes present, seed by seed and every method in turn, so that engines with the same pretraining settings share
 * one pretraining per seed and are each charged its time. A line per run goes to the log.
 */
public final class Suite {
  private final List<ClusteringMethod> methods;
  private final DecConfig config;
  private final int seeds;
  private final PrintStream log;

  /**
   * @param methods the methods
   * @param config the settings every engine gets (its seed is the first seed)
   * @param seeds seeds per method and data set
   * @param log where a line per run goes
   * @throws IllegalArgumentException if seeds is below 1
   */
  public Suite(List<ClusteringMethod> methods, DecConfig config, int seeds, PrintStream log) {
    Comparison.checkSeeds(seeds);
    this.methods = List.copyOf(methods);
    this.config = config;
    this.seeds = seeds;
    this.log = log;
  }

  /**
   * @param set a data set
   * @return its runs, method by method, seed by seed; a set that cannot be prepared gives a failed run each
   * @throws org.dec4j.api.progress.TrainingCancelledException if a run was cancelled
   */
  public List<SuiteRun> run(LabelledSet set) {
    long firstSeed = config.get(Settings.SEED);
    PreparedData data;
    try {
      data = TableClusterer.prepare(set.table(), set.classColumn(), config).data();
    } catch (IllegalArgumentException e) {
      DataSetInfo info = new DataSetInfo(set.name(), set.rows(), -1, set.k(), set.classColumn());
      log.printf(Locale.ROOT, "[suite] %s: cannot be prepared: %s%n", set.name(), e.getMessage());
      List<SuiteRun> failed = new ArrayList<>();
      for (ClusteringMethod m : methods) {
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
          failed.add(SuiteRun.failed(info, m, seed, "the data cannot be prepared: " + e.getMessage()));
        }
      }
      return failed;
    }
    DataSetInfo info = new DataSetInfo(set.name(), set.rows(), data.features().cols(), set.k(), set.classColumn());
    log.printf(Locale.ROOT, "[suite] %s: %s%n", set.name(), info.describe());
    RunLog runLog = (m, r) -> log.printf(Locale.ROOT, "[suite] %s %s seed %d: %s (%.1f s)%n", set.name(), m.id(),
        r.seed(), r.outcome(), r.seconds());
    Map<String, List<RunResult>> runs = new Comparison(methods, firstSeed, seeds, runLog, false)
        .run(data.features(), data.classes().orElseThrow().labels(), set.k());
    List<SuiteRun> out = new ArrayList<>();
    for (ClusteringMethod m : methods) {
      for (RunResult r : runs.get(m.name())) {
        out.add(SuiteRun.of(info, m, r));
      }
    }
    return out;
  }
}
