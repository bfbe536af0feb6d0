package org.dec4j.api.select;

import org.dec4j.api.data.FloatMatrix;

import java.util.SplittableRandom;

/**
 * Label-free cluster measures used to choose K, in plain Java so that every front-end (Weka and ELKI included)
 * chooses the same way. Euclidean distances throughout.
 */
public final class ClusterMeasures {
  private ClusterMeasures() {
  }

  /**
   * Mean silhouette: for each row, \[ s_i = \frac{b_i - a_i}{\max(a_i, b_i)} \] with a_i the mean distance to the
   * other members of its cluster and b_i the least mean distance to another cluster's members (s_i = 0 for a
   * row alone in its cluster). On more than {@code maxRows} rows, computed on a random sample of that many.
   *
   * @param x rows
   * @param labels cluster of each row (0..k-1)
   * @param maxRows largest sample
   * @param seed sampling seed
   * @return the mean silhouette, NaN with fewer than two clusters
   */
  public static double silhouette(FloatMatrix x, int[] labels, int maxRows, long seed) {
    return silhouettes(x, new int[][] { labels }, maxRows, seed)[0];
  }

  /**
   * The mean silhouettes of several partitions of the same rows, on one sample and one pass over its distances
   * (what a clustering phase did to its start: {@link #silhouette} of each).
   *
   * @param x rows
   * @param partitions cluster of each row (0..k-1), per partition
   * @param maxRows largest sample
   * @param seed sampling seed
   * @return the mean silhouette of each partition, NaN for one with fewer than two clusters in the sample
   */
  public static double[] silhouettes(FloatMatrix x, int[][] partitions, int maxRows, long seed) {
    int[] rows = sample(x.rows(), maxRows, seed);
    int p = partitions.length;
    int[][] count = new int[p][];
    double[][] sum = new double[p][];
    for (int q = 0; q < p; q++) {
      int k = 0;
      for (int r : rows) {
        k = Math.max(k, partitions[q][r] + 1);
      }
      count[q] = new int[k];
      sum[q] = new double[k];
      for (int r : rows) {
        count[q][partitions[q][r]]++;
      }
    }
    double[] total = new double[p];
    for (int i : rows) {
      for (double[] s : sum) {
        java.util.Arrays.fill(s, 0);
      }
      for (int j : rows) {
        if (i != j) {
          double dij = distance(x, i, j);
          for (int q = 0; q < p; q++) {
            sum[q][partitions[q][j]] += dij;
          }
        }
      }
      for (int q = 0; q < p; q++) {
        total[q] += silhouetteOf(partitions[q][i], sum[q], count[q]);
      }
    }
    double[] out = new double[p];
    for (int q = 0; q < p; q++) {
      boolean two = java.util.Arrays.stream(count[q]).filter(c -> c > 0).count() >= 2;
      out[q] = two ? total[q] / rows.length : Double.NaN;
    }
    return out;
  }

  /** s_i of a row in cluster own, from its summed distances to each cluster's sampled members. */
  private static double silhouetteOf(int own, double[] sum, int[] count) {
    if (count[own] < 2) {
      return 0;
    }
    double a = sum[own] / (count[own] - 1);
    double b = Double.POSITIVE_INFINITY;
    for (int c = 0; c < count.length; c++) {
      if (c != own && count[c] > 0) {
        b = Math.min(b, sum[c] / count[c]);
      }
    }
    double m = Math.max(a, b);
    return m > 0 && b < Double.POSITIVE_INFINITY ? (b - a) / m : 0;
  }


  /**
   * Davies-Bouldin index: \[ DB = \frac{1}{k} \sum_i \max_{j \ne i} \frac{s_i + s_j}{\lVert c_i - c_j \rVert} \]
   * with c_i a cluster's mean and s_i its members' mean distance to it; lower is better. Empty clusters are left
   * out.
   *
   * @param x rows
   * @param labels cluster of each row
   * @return the index, NaN with fewer than two non-empty clusters
   */
  public static double daviesBouldin(FloatMatrix x, int[] labels) {
    int k = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
    int d = x.cols();
    double[][] c = new double[k][d];
    int[] n = new int[k];
    for (int i = 0; i < x.rows(); i++) {
      n[labels[i]]++;
      for (int f = 0; f < d; f++) {
        c[labels[i]][f] += x.get(i, f);
      }
    }
    for (int j = 0; j < k; j++) {
      for (int f = 0; f < d; f++) {
        c[j][f] /= Math.max(1, n[j]);
      }
    }
    double[] s = new double[k];
    for (int i = 0; i < x.rows(); i++) {
      double q = 0;
      for (int f = 0; f < d; f++) {
        double v = x.get(i, f) - c[labels[i]][f];
        q += v * v;
      }
      s[labels[i]] += Math.sqrt(q) / n[labels[i]];
    }
    double sum = 0;
    int used = 0;
    for (int i = 0; i < k; i++) {
      if (n[i] == 0) {
        continue;
      }
      double worst = 0;
      for (int j = 0; j < k; j++) {
        if (j != i && n[j] > 0) {
          double q = 0;
          for (int f = 0; f < d; f++) {
            q += (c[i][f] - c[j][f]) * (c[i][f] - c[j][f]);
          }
          worst = Math.max(worst, (s[i] + s[j]) / Math.sqrt(q));
        }
      }
      sum += worst;
      used++;
    }
    return used < 2 ? Double.NaN : sum / used;
  }

  /**
   * Adjusted Rand index of two labelings of the same rows (Hubert and Arabie 1985): 1 for identical partitions
   * (up to renaming), about 0 for independent ones.
   *
   * @param a labels (0..)
   * @param b labels (0..)
   * @return the ARI (1 when both put every row in one cluster)
   */
  public static double adjustedRand(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("labelings of different lengths: " + a.length + " and " + b.length);
    }
    int ka = java.util.Arrays.stream(a).max().orElse(-1) + 1;
    int kb = java.util.Arrays.stream(b).max().orElse(-1) + 1;
    long[][] t = new long[ka][kb];
    long[] ra = new long[ka];
    long[] rb = new long[kb];
    for (int i = 0; i < a.length; i++) {
      t[a[i]][b[i]]++;
      ra[a[i]]++;
      rb[b[i]]++;
    }
    double index = 0;
    for (long[] row : t) {
      for (long v : row) {
        index += pairs(v);
      }
    }
    double sa = 0;
    double sb = 0;
    for (long v : ra) {
      sa += pairs(v);
    }
    for (long v : rb) {
      sb += pairs(v);
    }
    double expected = sa * sb / pairs(a.length);
    double max = (sa + sb) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double pairs(long n) {
    return n * (n - 1) / 2.0;
  }

  private static double distance(FloatMatrix x, int i, int j) {
    double q = 0;
    for (int f = 0; f < x.cols(); f++) {
      double v = x.get(i, f) - x.get(j, f);
      q += v * v;
    }
    return Math.sqrt(q);
  }

  private static int[] sample(int n, int max, long seed) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    if (n <= max) {
      return all;
    }
    SplittableRandom rng = new SplittableRandom(seed);
    for (int i = 0; i < max; i++) {
      int j = i + rng.nextInt(n - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    int[] s = java.util.Arrays.copyOf(all, max);
    java.util.Arrays.sort(s);
    return s;
  }
}
