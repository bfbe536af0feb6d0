package org.dec4j.engine.core;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Watches the refinement for degenerate solutions at every target update: a cluster whose share of the rows falls
 * under {@code collapse-fraction} of an equal share (n/K), or an entropy of the mean soft assignment (normalised
 * to [0, 1]) that drops by more than {@value #ENTROPY_DROP} since the last check or falls under
 * {@value #ENTROPY_FLOOR}. It reports each collapse once, when it starts, and again only after recovery.
 */
public final class CollapseWatch {
  /** A fall in normalised entropy between two checks that counts as sharp. */
  static final double ENTROPY_DROP = 0.1;
  /** Normalised entropy under which the assignment counts as collapsed. */
  static final double ENTROPY_FLOOR = 0.5;

  /**
   * What a check found.
   *
   * @param collapsing clusters under the size threshold
   * @param messages new warnings (empty when nothing new)
   */
  public record Verdict(List<Integer> collapsing, List<String> messages) {
    /** @return whether anything new was found */
    public boolean any() {
      return !messages.isEmpty();
    }
  }

  private final double fraction;
  private final int k;
  private final boolean[] reported;
  private double lastEntropy = Double.NaN;
  private boolean entropyReported;

  /**
   * @param fraction a cluster under this fraction of an equal share counts as collapsing
   * @param k clusters
   */
  public CollapseWatch(double fraction, int k) {
    this.fraction = fraction;
    this.k = k;
    this.reported = new boolean[k];
  }

  /**
   * @param iteration refinement batch
   * @param sizes current cluster sizes
   * @param entropy normalised entropy of the mean assignment
   * @return the clusters under threshold and any new warnings
   */
  public Verdict check(int iteration, int[] sizes, double entropy) {
    int n = 0;
    for (int s : sizes) {
      n += s;
    }
    double threshold = fraction * n / k;
    List<Integer> collapsing = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      boolean small = sizes[j] < threshold;
      if (small) {
        collapsing.add(j);
        if (!reported[j]) {
          messages.add(String.format(Locale.ROOT, "batch %d: cluster %d holds %d rows (%.2f%%), under %.0f%% of an"
              + " equal share (%.0f rows); it is collapsing", iteration, j, sizes[j], 100.0 * sizes[j] / n,
              100 * fraction, threshold));
        }
      }
      reported[j] = small;
    }
    boolean sharp = entropy < ENTROPY_FLOOR || (!Double.isNaN(lastEntropy) && lastEntropy - entropy > ENTROPY_DROP);
    if (sharp && !entropyReported) {
      messages.add(String.format(Locale.ROOT, "batch %d: the entropy of the mean soft assignment fell to %.3f"
          + " (from %.3f; 1 = clusters used equally); the clustering is collapsing", iteration, entropy, lastEntropy));
    }
    entropyReported = sharp;
    lastEntropy = entropy;
    return new Verdict(collapsing, messages);
  }
}
