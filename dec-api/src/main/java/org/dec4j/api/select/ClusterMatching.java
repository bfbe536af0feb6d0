package org.dec4j.api.select;

import java.util.Arrays;

/**
 * The one-to-one matching of two partitions' clusters that makes them agree on the most rows (the Hungarian
 * method on the k x k contingency table, O(k^3)): the share of rows a clustering phase moved from its start when
 * the engine's clusters are not numbered as the start's were, and a clustering's accuracy (ACC) against K known
 * classes.
 *
 * <p>Reference: H. W. Kuhn: The Hungarian method for the assignment problem. Naval Research Logistics Quarterly
 * 2(1-2), 1955.</p>
 */
public final class ClusterMatching {
  private ClusterMatching() {
  }

  /**
   * @param a cluster of each row, 0..k-1
   * @param b another partition of the same rows, 0..k-1
   * @param k clusters
   * @return the share of rows on which the two agree under the best one-to-one matching of their clusters
   */
  public static double agreement(int[] a, int[] b, int k) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(a.length + " rows against " + b.length);
    }
    if (a.length == 0) {
      return 1;
    }
    long[][] count = new long[k][k];
    for (int i = 0; i < a.length; i++) {
      count[a[i]][b[i]]++;
    }
    int[] match = maximumMatching(count);
    long agree = 0;
    for (int r = 0; r < k; r++) {
      agree += count[r][match[r]];
    }
    return agree / (double) a.length;
  }

  /**
   * @param w k x k weights
   * @return for each row the column matched to it, maximising the summed weight
   */
  static int[] maximumMatching(long[][] w) {
    int k = w.length;
    long max = 0;
    for (long[] row : w) {
      for (long v : row) {
        max = Math.max(max, v);
      }
    }
    // minimum-cost assignment of cost max - w with potentials u (rows) and v (columns); 1-based, column 0 free
    long[] u = new long[k + 1];
    long[] v = new long[k + 1];
    int[] rowOf = new int[k + 1];
    int[] way = new int[k + 1];
    for (int r = 1; r <= k; r++) {
      rowOf[0] = r;
      int col = 0;
      long[] least = new long[k + 1];
      Arrays.fill(least, Long.MAX_VALUE);
      boolean[] used = new boolean[k + 1];
      do {
        used[col] = true;
        int row = rowOf[col];
        long delta = Long.MAX_VALUE;
        int next = 0;
        for (int c = 1; c <= k; c++) {
          if (!used[c]) {
            long cost = (max - w[row - 1][c - 1]) - u[row] - v[c];
            if (cost < least[c]) {
              least[c] = cost;
              way[c] = col;
            }
            if (least[c] < delta) {
              delta = least[c];
              next = c;
            }
          }
        }
        for (int c = 0; c <= k; c++) {
          if (used[c]) {
            u[rowOf[c]] += delta;
            v[c] -= delta;
          } else {
            least[c] -= delta;
          }
        }
        col = next;
      } while (rowOf[col] != 0);
      do {
        int prev = way[col];
        rowOf[col] = rowOf[prev];
        col = prev;
      } while (col != 0);
    }
    int[] match = new int[k];
    for (int c = 1; c <= k; c++) {
      match[rowOf[c] - 1] = c - 1;
    }
    return match;
  }
}
