package org.dec4j.engine.dec;

import org.dec4j.engine.FiniteDifferences;
import org.dec4j.engine.math.SoftAssignments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DecMathTest {
  @Test
  void targetDistributionMatchesHandComputedValues() {
    double[] q = { 0.8, 0.2, 0.4, 0.6 };
    // f = (1.2, 0.8); row 0: 0.64/1.2 = 0.5333, 0.04/0.8 = 0.05; row 1: 0.16/1.2 = 0.1333, 0.36/0.8 = 0.45
    double[] p = DecMath.targetDistribution(q, 2, 2);
    double r0 = 0.64 / 1.2 + 0.04 / 0.8;
    double r1 = 0.16 / 1.2 + 0.36 / 0.8;
    assertArrayEquals(new double[] { 0.64 / 1.2 / r0, 0.04 / 0.8 / r0, 0.16 / 1.2 / r1, 0.36 / 0.8 / r1 }, p, 1e-15);
  }

  @Test
  void klDivergenceMatchesDefinitionAndIsZeroForEqualDistributions() {
    double[] p = { 0.7, 0.3 };
    double[] q = { 0.5, 0.5 };
    assertEquals(0.7 * Math.log(0.7 / 0.5) + 0.3 * Math.log(0.3 / 0.5), DecMath.klDivergence(p, q, 1, 2), 1e-15);
    assertEquals(0.0, DecMath.klDivergence(q, q, 1, 2), 0.0);
  }

  @ParameterizedTest
  @ValueSource(doubles = { 1.0, 0.5, 3.0 })
  void gradientMatchesFiniteDifferences(double alpha) {
    int n = 5;
    int dim = 3;
    int k = 4;
    SplittableRandom rng = new SplittableRandom(42);
    double[] z = FiniteDifferences.gaussian(rng, n * dim);
    double[] mu = FiniteDifferences.gaussian(rng, k * dim);
    double[] p = DecMath.targetDistribution(SoftAssignments.studentT(FiniteDifferences.gaussian(rng, n * dim), n, dim, mu, k, alpha), n, k);
    double[] dz = new double[n * dim];
    double[] dmu = new double[k * dim];
    double scale = 1.0 / n;
    DecMath.klGradient(z, n, dim, mu, k, alpha, p, SoftAssignments.studentT(z, n, dim, mu, k, alpha), scale, dz, dmu);
    assertArrayEquals(FiniteDifferences.gradient(x -> scale * loss(x, mu, p, n, dim, k, alpha), z, 1e-6), dz, 1e-7,
        "dL/dz");
    assertArrayEquals(FiniteDifferences.gradient(m -> scale * loss(z, m, p, n, dim, k, alpha), mu, 1e-6), dmu, 1e-7,
        "dL/dmu");
  }

  private static double loss(double[] z, double[] mu, double[] p, int n, int dim, int k, double alpha) {
    return DecMath.klDivergence(p, SoftAssignments.studentT(z, n, dim, mu, k, alpha), n, k);
  }
}
