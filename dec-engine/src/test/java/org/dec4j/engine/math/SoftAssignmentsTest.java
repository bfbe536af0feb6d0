package org.dec4j.engine.math;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Gaussian mixture posterior and the softmax against values worked out by hand, (EM: GaussianMixtureEmTest). */
class SoftAssignmentsTest {
  @Test
  void posteriorOfTwoComponentsInOneDimension() {
    // pi = (0.25, 0.75), means 0 and 2, variances 1 and 4, point 1:
    // a = 0.25 N(1; 0, 1) = 0.25 exp(-0.5) / sqrt(2 pi); b = 0.75 N(1; 2, 4) = 0.75 exp(-1/8) / sqrt(8 pi)
    double a = 0.25 * Math.exp(-0.5) / Math.sqrt(2 * Math.PI);
    double b = 0.75 * Math.exp(-0.125) / Math.sqrt(8 * Math.PI);
    double[] g = SoftAssignments.gaussianMixture(new double[] { 1 }, 1, 1, new double[] { 0.25, 0.75 }, new double[] { 0, 2 },
        new double[] { 1, 4 }, 2);
    assertArrayEquals(new double[] { a / (a + b), b / (a + b) }, g, 1e-12);
  }

  @Test
  void posteriorStaysFiniteFarFromEveryComponent() {
    double[] g = SoftAssignments.gaussianMixture(new double[] { 1e4, -1e4 }, 1, 2, new double[] { 0.5, 0.5 },
        new double[] { 0, 0, 1, 1 }, new double[] { 1e-3, 1e-3, 1e-3, 1e-3 }, 2);
    assertEquals(1.0, g[0] + g[1], 1e-12);
    assertTrue(Double.isFinite(g[0]) && Double.isFinite(g[1]));
  }

  @Test
  void softmaxOfLargeLogits() {
    double[] p = SoftAssignments.softmax(new double[] { 1000, 1000 + Math.log(3), 0, 0 }, 2, 2);
    assertArrayEquals(new double[] { 0.25, 0.75, 0.5, 0.5 }, p, 1e-12);
  }

  @Test
  void softAssignmentMatchesHandComputedValues() {
    // z = (0,0); mu_0 = (1,0), mu_1 = (0,2): kernels 1/(1+1) = 0.5 and 1/(1+4) = 0.2
    double[] q = SoftAssignments.studentT(new double[] { 0, 0 }, 1, 2, new double[] { 1, 0, 0, 2 }, 2, 1.0);
    assertArrayEquals(new double[] { 0.5 / 0.7, 0.2 / 0.7 }, q, 1e-15);
  }

  @Test
  void softAssignmentWithOtherAlphaUsesItsExponent() {
    // alpha = 2: (1 + d2/2)^(-3/2); d2 = 1 -> 1.5^-1.5, d2 = 4 -> 3^-1.5
    double[] q = SoftAssignments.studentT(new double[] { 0, 0 }, 1, 2, new double[] { 1, 0, 0, 2 }, 2, 2.0);
    double a = Math.pow(1.5, -1.5);
    double b = Math.pow(3.0, -1.5);
    assertArrayEquals(new double[] { a / (a + b), b / (a + b) }, q, 1e-15);
  }
}
