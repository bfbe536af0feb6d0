package org.dec4j.cli.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One method's row of the comparison: each measure's mean and spread over the seeds that ran.
 *
 * @param method method name
 * @param runs runs attempted
 * @param failures runs that failed
 * @param firstError the first failure's reason, or null
 * @param acc ACC
 * @param nmi NMI
 * @param ari ARI
 * @param silhouette silhouette on the input features
 * @param daviesBouldin Davies-Bouldin index on the input features
 * @param seconds wall time per run
 * @param sizes cluster sizes of the first successful run, largest first (empty if none)
 */
public record MethodSummary(String method, int runs, int failures, String firstError, Stats acc, Stats nmi,
    Stats ari, Stats silhouette, Stats daviesBouldin, Stats seconds, int[] sizes) {

  /**
   * @param method method name
   * @param runs its runs
   * @return the summary
   */
  public static MethodSummary of(String method, List<RunResult> runs) {
    List<RunResult> ok = runs.stream().filter(RunResult::ok).toList();
    String error = runs.stream().filter(r -> !r.ok()).map(RunResult::error).findFirst().orElse(null);
    return new MethodSummary(method, runs.size(), runs.size() - ok.size(), error,
        stat(ok, r -> r.external() == null ? Double.NaN : r.external().accuracy()),
        stat(ok, r -> r.external() == null ? Double.NaN : r.external().nmi()),
        stat(ok, r -> r.external() == null ? Double.NaN : r.external().ari()),
        stat(ok, r -> r.internal() == null ? Double.NaN : r.internal().silhouette()),
        stat(ok, r -> r.internal() == null ? Double.NaN : r.internal().daviesBouldin()),
        stat(ok, RunResult::seconds), ok.isEmpty() ? new int[0] : ok.get(0).sortedSizes());
  }

  private static Stats stat(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
    List<Double> v = new ArrayList<>();
    for (RunResult r : runs) {
      v.add(f.applyAsDouble(r));
    }
    return Stats.of(v);
  }

  /** @return smallest and largest cluster, "-" if none ran */
  public String sizeRange() {
    return sizes.length == 0 ? "-" : sizes[sizes.length - 1] + "-" + sizes[0];
  }

  /** @return what happened, for the table's note column */
  public String note() {
    if (failures == 0) {
      return "";
    }
    return (failures == runs ? "failed: " : failures + " of " + runs + " runs failed: ") + firstError;
  }
}
