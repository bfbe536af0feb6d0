package org.dec4j.engine.dcn;

import org.dec4j.engine.FiniteDifferences;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DcnMathTest {
  // z_0 = (0,0), z_1 = (3,1); mu_0 = (1,0), mu_1 = (3,3)
  private static final double[] Z = { 0, 0, 3, 1 };
  private static final double[] MU = { 1, 0, 3, 3 };

  @Test
  void nearestCentroidAndKMeansTermMatchHandComputedValues() {
    assertArrayEquals(new int[] { 0, 1 }, DcnMath.nearestCentroids(Z, 2, 2, MU, 2));
    double[] dz = new double[4];
    // distances 1 and 4; L_c = lambda/(2b) * 5 = 0.5 * 5 / 4 with lambda 0.5
    assertEquals(0.5 * 5 / 4, DcnMath.kmeansTerm(Z, 2, 2, MU, 2, 0.5, dz), 1e-15);
    // dL/dz_i = lambda/b (z_i - mu_s): (0.25 * (-1, 0), 0.25 * (0, -2))
    assertArrayEquals(new double[] { -0.25, 0, 0, -0.5 }, dz, 1e-15);
    assertEquals(0.5 * 5 / 4, DcnMath.kmeansLoss(Z, 2, 2, MU, new int[] { 0, 1 }, 0.5), 1e-15);
  }

  @Test
  void incrementalUpdateIsTheRunningMean() {
    // cluster 0 holds 2 rows with mean (1,0); adding (4,3) gives the mean of 3 rows, (2,1)
    double[] mu = MU.clone();
    long[] counts = { 2, 5 };
    DcnMath.updateCentroids(new double[] { 4, 3 }, 1, 2, new int[] { 0 }, mu, counts);
    assertArrayEquals(new double[] { 2, 1, 3, 3 }, mu, 1e-15);
    assertArrayEquals(new long[] { 3, 5 }, counts);
    // a second row in the same batch continues from the moved centroid: (2,1) + 1/4 ((6,5) - (2,1)) = (3,2)
    DcnMath.updateCentroids(new double[] { 6, 5 }, 1, 2, new int[] { 0 }, mu, counts);
    assertArrayEquals(new double[] { 3, 2, 3, 3 }, mu, 1e-15);
  }

  @Test
  void kmeansGradientMatchesFiniteDifferences() {
    int n = 6;
    int dim = 3;
    int k = 4;
    SplittableRandom rng = new SplittableRandom(4);
    double[] z = FiniteDifferences.gaussian(rng, n * dim);
    double[] mu = FiniteDifferences.gaussian(rng, k * dim);
    double[] dz = new double[n * dim];
    DcnMath.kmeansTerm(z, n, dim, mu, k, 1.3, dz);
    assertArrayEquals(FiniteDifferences.gradient(x -> DcnMath.kmeansTerm(x, n, dim, mu, k, 1.3, new double[n * dim]),
        z, 1e-6), dz, 1e-7, "dL/dz");
  }
}
