package org.dec4j.api.select;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClusterMatchingTest {
  @Test
  void aRelabellingAloneIsFullAgreement() {
    int[] a = { 0, 0, 1, 1, 2, 2, 2 };
    int[] b = { 2, 2, 0, 0, 1, 1, 1 };
    assertEquals(1.0, ClusterMatching.agreement(a, b, 3));
  }

  @Test
  void theMatchingIsTheBestOfAllPermutations() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int trial = 0; trial < 50; trial++) {
      int k = 2 + rng.nextInt(4);
      int n = 5 + rng.nextInt(40);
      int[] a = new int[n];
      int[] b = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = rng.nextInt(k);
        b[i] = rng.nextBoolean() ? (a[i] + 1) % k : rng.nextInt(k);
      }
      assertEquals(bruteForce(a, b, k), ClusterMatching.agreement(a, b, k), 1e-12, "trial " + trial);
    }
  }

  /** The best agreement over all k! matchings. */
  private static double bruteForce(int[] a, int[] b, int k) {
    return best(a, b, k, new int[k], new boolean[k], 0) / (double) a.length;
  }

  private static int best(int[] a, int[] b, int k, int[] perm, boolean[] used, int at) {
    if (at == k) {
      int agree = 0;
      for (int i = 0; i < a.length; i++) {
        agree += perm[a[i]] == b[i] ? 1 : 0;
      }
      return agree;
    }
    int most = 0;
    for (int c = 0; c < k; c++) {
      if (!used[c]) {
        used[c] = true;
        perm[at] = c;
        most = Math.max(most, best(a, b, k, perm, used, at + 1));
        used[c] = false;
      }
    }
    return most;
  }
}
