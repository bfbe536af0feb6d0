package org.dec4j.cli.compare;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.ClusteringEffect;
import org.dec4j.cli.eval.ExternalMeasures;
import org.dec4j.cli.eval.InternalMeasures;

import java.util.Locale;

/**
 * One method on one seed: its clustering and measures, or what went wrong.
 *
 * @param method method name
 * @param seed seed
 * @param labels cluster of each row, or null if the run failed
 * @param embedding the method's own space (deep engines), or null
 * @param seconds wall time of the run
 * @param external ACC/NMI/ARI against the class column, or null without one
 * @param internal silhouette and Davies-Bouldin on the input features, or null
 * @param effect what a deep engine's clustering phase did to its k-means start, or null
 * @param peakMegabytes the process's peak resident memory during the run ({@link PeakMemory}), or NaN if unknown
 * @param error what went wrong, or null
 */
public record RunResult(String method, long seed, int[] labels, FloatMatrix embedding, double seconds,
    ExternalMeasures external, InternalMeasures internal, ClusteringEffect effect, double peakMegabytes,
    String error) {

  /** @return whether the run produced a clustering */
  public boolean ok() {
    return error == null;
  }

  /** @return what the run gave in words: "ACC 0.9533 NMI 0.8642 ARI 0.8857", "done" or "failed: why" */
  public String outcome() {
    if (!ok()) {
      return "failed: " + error;
    }
    return external == null ? "done" : String.format(Locale.ROOT, "ACC %.4f NMI %.4f ARI %.4f", external.accuracy(),
        external.nmi(), external.ari());
  }

  /** @return cluster sizes, largest first */
  public int[] sortedSizes() {
    int k = 0;
    for (int l : labels) {
      k = Math.max(k, l + 1);
    }
    int[] s = new int[k];
    for (int l : labels) {
      s[l]++;
    }
    return java.util.Arrays.stream(s).boxed().sorted(java.util.Comparator.reverseOrder()).mapToInt(Integer::intValue)
        .toArray();
  }
}
