package org.dec4j.cli.suite;

import org.dec4j.api.model.ClusteringEffect;
import org.dec4j.cli.compare.MethodSummary;
import org.dec4j.cli.compare.Stats;
import org.dec4j.cli.eval.ExternalMeasures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One method on one data set over the seeds: a row of {@code summary.csv} and of the tables.
 *
 * @param set the data set
 * @param method the method's id
 * @param engine whether it is a dec4j engine
 * @param runs runs attempted
 * @param failures runs that failed
 * @param firstError the first failure's reason, or null
 * @param acc ACC over the runs that ran
 * @param nmi NMI
 * @param ari ARI
 * @param smallestShare the least smallest-cluster share over the runs (NaN if none ran)
 * @param seconds seconds per run
 * @param peakMegabytes the largest peak resident memory over the runs (NaN if unknown)
 * @param changedShare share of rows the clustering phase moved from its k-means start (engines that report it)
 * @param silhouetteBefore silhouette of that start on the scaled input
 * @param silhouetteAfter silhouette of the result on the same rows
 */
public record SuiteSummary(DataSetInfo set, String method, boolean engine, int runs, int failures,
    String firstError, Stats acc, Stats nmi, Stats ari, double smallestShare, Stats seconds, double peakMegabytes,
    Stats changedShare, Stats silhouetteBefore, Stats silhouetteAfter) {

  /**
   * @param runs runs of any data sets and methods
   * @return a summary per data set and method, in the order they first occur
   */
  public static List<SuiteSummary> of(List<SuiteRun> runs) {
    Map<List<String>, List<SuiteRun>> groups = new LinkedHashMap<>();
    for (SuiteRun r : runs) {
      groups.computeIfAbsent(List.of(r.set().name(), r.method()), g -> new ArrayList<>()).add(r);
    }
    return groups.values().stream().map(SuiteSummary::summarise).toList();
  }

  private static SuiteSummary summarise(List<SuiteRun> group) {
    SuiteRun first = group.get(0);
    List<SuiteRun> ok = group.stream().filter(SuiteRun::ok).toList();
    List<ExternalMeasures> ext = ok.stream().map(SuiteRun::external).toList();
    List<ClusteringEffect> effects = ok.stream().map(SuiteRun::effect).toList();
    String error = group.stream().filter(r -> !r.ok()).map(SuiteRun::error).findFirst().orElse(null);
    return new SuiteSummary(first.set(), first.method(), first.engine(), group.size(), group.size() - ok.size(),
        error, Stats.of(ext, ExternalMeasures::accuracy), Stats.of(ext, ExternalMeasures::nmi),
        Stats.of(ext, ExternalMeasures::ari), extreme(ok, SuiteRun::smallestShare, false),
        Stats.of(ok, SuiteRun::seconds), extreme(ok, SuiteRun::peakMegabytes, true),
        Stats.of(effects, ClusteringEffect::changedShare), Stats.of(effects, ClusteringEffect::silhouetteBefore),
        Stats.of(effects, ClusteringEffect::silhouetteAfter));
  }

  private static double extreme(List<SuiteRun> runs, ToDoubleFunction<SuiteRun> f, boolean largest) {
    return runs.stream().mapToDouble(f).filter(v -> !Double.isNaN(v))
        .reduce(largest ? Math::max : Math::min).orElse(Double.NaN);
  }

  /** @return what failed, for the note column ("" when every run ran) */
  public String note() {
    return MethodSummary.failureNote(runs, failures, firstError);
  }
}
