package org.dec4j.engine.math;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianMixtureEmTest {
  @Test
  void partitionGivesSharesCentroidsAndFlooredVariances() {
    // 1-d: cluster 0 = {0, 2} around 1, cluster 1 = {5, 5, 5} around 5 (variance 0, floored)
    double[] z = { 0, 2, 5, 5, 5 };
    GaussianMixtureEm.Mixture g = GaussianMixtureEm.fromPartition(z, 5, 1, new int[] { 0, 0, 1, 1, 1 },
        new double[] { 1, 5 }, 2, new double[] { 0.01 });
    assertArrayEquals(new double[] { 0.4, 0.6 }, g.weights(), 1e-15);
    assertArrayEquals(new double[] { 1, 5 }, g.means(), 0);
    assertArrayEquals(new double[] { 1, 0.01 }, g.variances(), 1e-15);
  }

  @Test
  void emRaisesTheLikelihoodAndFindsTwoSeparatedComponents() {
    SplittableRandom rng = new SplittableRandom(1);
    int n = 400;
    double[] z = new double[n * 2];
    int[] bad = new int[n];
    for (int i = 0; i < n; i++) {
      double centre = i < 100 ? -4 : 4;
      z[2 * i] = centre + rng.nextGaussian();
      z[2 * i + 1] = rng.nextGaussian() * 2;
      bad[i] = i % 2;
    }
    double[] floor = GaussianMixtureEm.varianceFloor(z, n, 2, 1e-3);
    GaussianMixtureEm.Mixture g = GaussianMixtureEm.fromPartition(z, n, 2, bad, new double[] { -1, 0, 1, 0 }, 2,
        floor);
    double ll = GaussianMixtureEm.logLikelihood(z, n, 2, g);
    for (int it = 0; it < 50; it++) {
      g = GaussianMixtureEm.step(z, n, 2, g, floor);
      double next = GaussianMixtureEm.logLikelihood(z, n, 2, g);
      assertTrue(next >= ll - 1e-9, "EM step " + it + " lowered the log-likelihood: " + ll + " -> " + next);
      ll = next;
    }
    int small = g.means()[0] < 0 ? 0 : 1;
    assertEquals(0.25, g.weights()[small], 0.02);
    assertEquals(-4, g.means()[small * 2], 0.3);
    assertEquals(4, g.means()[(1 - small) * 2], 0.3);
    assertEquals(4, g.variances()[small * 2 + 1], 1.2);
    GaussianMixtureEm.Mixture fitted = GaussianMixtureEm.fit(z, n, 2, bad, new double[] { -1, 0, 1, 0 }, 2, 50,
        0, floor);
    assertArrayEquals(g.means(), fitted.means(), 1e-6);
  }
}
