package org.dec4j.engine.imsat;

import org.dec4j.engine.core.Assignments;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImsatMathTest {
  private static double[] gaussian(int size, long seed, double scale) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] a = new double[size];
    for (int i = 0; i < size; i++) {
      a[i] = rng.nextGaussian() * scale;
    }
    return a;
  }

  /** Central differences, asserted to a relative error of 1e-6 of the largest gradient entry. */
  private static void assertGradient(double[] at, double[] analytic, ToDoubleFunction<double[]> f, String what) {
    double h = 1e-5;
    double scale = 0;
    for (double g : analytic) {
      scale = Math.max(scale, Math.abs(g));
    }
    assertTrue(scale > 1e-6, what + ": the gradient is not trivially zero");
    for (int i = 0; i < at.length; i++) {
      double[] plus = at.clone();
      double[] minus = at.clone();
      plus[i] += h;
      minus[i] -= h;
      double numeric = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
      assertEquals(numeric, analytic[i], 1e-6 * scale, what + "[" + i + "]");
    }
  }

  @Test
  void entropiesOfHandWorkedBatches() {
    // two rows, equal logits: p uniform over 2 classes -> H(Y|X) = H(Y) = log 2
    double log2 = Math.log(2);
    assertEquals(0.1 * (log2 - 4 * log2), ImsatMath.informationTerm(new double[] { 0, 0, 5, 5 }, 2, 2, 0.1, 4,
        null), 1e-15);
    // confident rows on different classes: H(Y|X) -> 0, H(Y) = log 2
    assertEquals(-4 * log2, ImsatMath.informationTerm(new double[] { 800, 0, 0, 800 }, 2, 2, 1, 4, null), 1e-12);
    // confident rows on the same class: both entropies 0
    assertEquals(0, ImsatMath.informationTerm(new double[] { 800, 0, 800, 0 }, 2, 2, 1, 4, null), 1e-12);
  }

  @Test
  void klOfHandWorkedRows() {
    // p = (1/2, 1/2), q = (e/(1+e), 1/(1+e)) for the second logits (1, 0)
    double q0 = Math.E / (1 + Math.E);
    double expected = 0.5 * Math.log(0.5 / q0) + 0.5 * Math.log(0.5 / (1 - q0));
    double[] grad = new double[2];
    assertEquals(expected, ImsatMath.klTerm(new double[] { 0, 0 }, new double[] { 1, 0 }, 1, 2, grad), 1e-15);
    assertArrayEquals(new double[] { q0 - 0.5, 0.5 - q0 }, grad, 1e-15);
    assertEquals(0, ImsatMath.klTerm(new double[] { 3, 1, -2 }, new double[] { 3, 1, -2 }, 1, 3, null), 1e-15);
  }

  @Test
  void informationGradientMatchesFiniteDifferences() {
    int b = 7;
    int k = 4;
    double[] logits = gaussian(b * k, 3, 2);
    for (double mu : new double[] { 0, 1, 4 }) {
      double[] g = new double[b * k];
      ImsatMath.informationTerm(logits, b, k, 0.3, mu, g);
      double m = mu;
      assertGradient(logits, g, l -> ImsatMath.informationTerm(l, b, k, 0.3, m, null), "dL_I/dl, mu " + mu);
    }
  }

  @Test
  void klGradientMatchesFiniteDifferences() {
    int b = 5;
    int k = 3;
    double[] logits = gaussian(b * k, 4, 1.5);
    double[] perturbed = gaussian(b * k, 5, 1.5);
    double[] g = new double[b * k];
    ImsatMath.klTerm(logits, perturbed, b, k, g);
    assertGradient(perturbed, g, l -> ImsatMath.klTerm(logits, l, b, k, null), "dR/dl'");
  }

  @Test
  void logSoftmaxIsStableForLargeLogits() {
    double[] l = ImsatMath.logSoftmax(new double[] { 1000, 0, -1000 }, 1, 3);
    assertEquals(0, l[0], 1e-12);
    assertEquals(-1000, l[1], 1e-9);
    assertEquals(-2000, l[2], 1e-9);
  }

  @Test
  void perturbationsHaveTheirRadiusAlongTheirDirection() {
    double[] g = { 3, 4, 0, 0 };
    double[] fallback = { 1, 0, 0, 2 };
    double[] r = ImsatMath.perturbations(g, fallback, 2, 2, new double[] { 10, 0.5 });
    // row 0 along (3,4) with length 10; row 1 has g = 0 and takes the fallback (0, 2) with length 0.5
    assertArrayEquals(new double[] { 6, 8, 0, 0.5 }, r, 1e-15);
  }

  @Test
  void kthNeighbourDistanceSkipsTheRowItself() {
    // points 0, 1, 3, 7 on a line
    float[] x = { 0, 1, 3, 7 };
    assertArrayEquals(new double[] { 1, 1, 2, 4 }, ImsatMath.kthNeighbourDistances(x, 4, 1, 1), 1e-15);
    assertArrayEquals(new double[] { 3, 2, 3, 6 }, ImsatMath.kthNeighbourDistances(x, 4, 1, 2), 1e-15);
    assertEquals(2, ImsatMath.kthNeighbourDistance(new double[] { 0, 9, 4, -1e-9, 1 }, 0, 3), 1e-15);
  }

  @Test
  void clusterMeansAverageEachClustersOutputs() {
    double[] z = { 1, 2, 3, 4, 10, 10 };
    assertArrayEquals(new double[] { 2, 3, 10, 10, 0, 0 }, Assignments.clusterMeans(z, 3, 2, new int[] { 0, 0, 1 },
        3), 1e-15);
  }
}
