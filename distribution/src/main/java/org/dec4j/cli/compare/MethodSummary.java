package org.dec4j.cli.compare;

import java.util.List;

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
        Stats.of(ok, r -> r.external() == null ? Double.NaN : r.external().accuracy()),
        Stats.of(ok, r -> r.external() == null ? Double.NaN : r.external().nmi()),
        Stats.of(ok, r -> r.external() == null ? Double.NaN : r.external().ari()),
        Stats.of(ok, r -> r.internal() == null ? Double.NaN : r.internal().silhouette()),
        Stats.of(ok, r -> r.internal() == null ? Double.NaN : r.internal().daviesBouldin()),
        Stats.of(ok, RunResult::seconds), ok.isEmpty() ? new int[0] : ok.get(0).sortedSizes());
  }

  /** @return smallest and largest cluster, "-" if none ran */
  public String sizeRange() {
    return sizes.length == 0 ? "-" : sizes[sizes.length - 1] + "-" + sizes[0];
  }

  /** @return what happened, for the table's note column */
  public String note() {
    return failureNote(runs, failures, firstError);
  }

  /**
   * @param runs runs attempted
   * @param failures runs that failed
   * @param firstError the first failure's reason
   * @return "", "failed: why" or "2 of 3 runs failed: why"
   */
  public static String failureNote(int runs, int failures, String firstError) {
    if (failures == 0) {
      return "";
    }
    return (failures == runs ? "failed: " : failures + " of " + runs + " runs failed: ") + firstError;
  }
}
