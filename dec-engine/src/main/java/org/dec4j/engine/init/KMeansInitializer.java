package org.dec4j.engine.init;

import org.dec4j.api.progress.CancellationToken;
import org.dec4j.engine.core.Assignments;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Lloyd's k-means with k-means++ seeding, restarted several times; the run of lowest inertia wins. This is the
 * initialisation of DEC's centroids (the paper uses 20 restarts). Plain Java on the small latent vectors, so it
 * is deterministic for a seed.
 *
 * <p>Reference: D. Arthur, S. Vassilvitskii: k-means++: The Advantages of Careful Seeding. SODA 2007.</p>
 */
public final class KMeansInitializer implements ClusterInitializer {
  /** Lloyd iterations per restart at most. */
  public static final int MAX_ITERATIONS = 300;

  @Override
  public Result initialize(double[] x, int n, int dim, int k, int restarts, long seed, CancellationToken cancel) {
    if (k > n) {
      throw new IllegalArgumentException("k (" + k + ") is larger than the number of rows (" + n + ")");
    }
    SplittableRandom rng = new SplittableRandom(seed);
    Result best = null;
    for (int r = 0; r < restarts; r++) {
      cancel.throwIfCancelled();
      Result res = lloyd(x, n, dim, k, seedPlusPlus(x, n, dim, k, rng.split()));
      if (best == null || res.inertia() < best.inertia()) {
        best = res;
      }
    }
    return best;
  }

  /** k-means++: each next centre is a row drawn with probability proportional to its squared distance. */
  static double[] seedPlusPlus(double[] x, int n, int dim, int k, SplittableRandom rng) {
    double[] c = new double[k * dim];
    int first = rng.nextInt(n);
    System.arraycopy(x, first * dim, c, 0, dim);
    double[] d2 = new double[n];
    for (int i = 0; i < n; i++) {
      d2[i] = Assignments.squaredDistance(x, i * dim, c, 0, dim);
    }
    for (int j = 1; j < k; j++) {
      double total = 0;
      for (double v : d2) {
        total += v;
      }
      int pick;
      if (total <= 0) {
        pick = rng.nextInt(n);
      } else {
        double u = rng.nextDouble() * total;
        pick = n - 1;
        for (int i = 0; i < n; i++) {
          u -= d2[i];
          if (u < 0) {
            pick = i;
            break;
          }
        }
      }
      System.arraycopy(x, pick * dim, c, j * dim, dim);
      for (int i = 0; i < n; i++) {
        d2[i] = Math.min(d2[i], Assignments.squaredDistance(x, i * dim, c, j * dim, dim));
      }
    }
    return c;
  }

  /** Lloyd iterations until no label changes; an emptied cluster takes the row farthest from its centre. */
  static Result lloyd(double[] x, int n, int dim, int k, double[] c) {
    int[] labels = new int[n];
    Arrays.fill(labels, -1);
    double[] dist = new double[n];
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      boolean changed = assign(x, n, dim, k, c, labels, dist);
      if (!changed && it > 0) {
        break;
      }
      update(x, n, dim, k, c, labels, dist);
    }
    assign(x, n, dim, k, c, labels, dist);
    double inertia = 0;
    for (double v : dist) {
      inertia += v;
    }
    return new Result(c, labels, inertia);
  }

  private static boolean assign(double[] x, int n, int dim, int k, double[] c, int[] labels, double[] dist) {
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      int best = 0;
      double bd = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double d = Assignments.squaredDistance(x, i * dim, c, j * dim, dim);
        if (d < bd) {
          bd = d;
          best = j;
        }
      }
      dist[i] = bd;
      if (labels[i] != best) {
        labels[i] = best;
        changed = true;
      }
    }
    return changed;
  }

  private static void update(double[] x, int n, int dim, int k, double[] c, int[] labels, double[] dist) {
    double[] sum = new double[k * dim];
    int[] count = new int[k];
    for (int i = 0; i < n; i++) {
      count[labels[i]]++;
      for (int t = 0; t < dim; t++) {
        sum[labels[i] * dim + t] += x[i * dim + t];
      }
    }
    for (int j = 0; j < k; j++) {
      if (count[j] == 0) {
        int far = 0;
        for (int i = 1; i < n; i++) {
          if (dist[i] > dist[far]) {
            far = i;
          }
        }
        dist[far] = 0;
        System.arraycopy(x, far * dim, c, j * dim, dim);
        continue;
      }
      for (int t = 0; t < dim; t++) {
        c[j * dim + t] = sum[j * dim + t] / count[j];
      }
    }
  }
}
