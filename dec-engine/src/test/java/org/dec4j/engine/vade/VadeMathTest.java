package org.dec4j.engine.vade;

import org.dec4j.engine.math.SoftAssignments;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * VaDE's loss terms against values worked out by hand, and every hand-written gradient against central finite
 * differences in double precision (relative error under 1e-6).
 */
class VadeMathTest {
  private static final int B = 5;
  private static final int DIM = 3;
  private static final int K = 4;
  private static final double H = 1e-6;
  private static final double REL = 1e-6;

  private static double[] gaussian(SplittableRandom rng, int len, double scale) {
    double[] a = new double[len];
    for (int i = 0; i < len; i++) {
      a[i] = rng.nextGaussian() * scale;
    }
    return a;
  }

  /** The problem: m, v, theta, mu, log s2 in one place so that each can be perturbed. */
  private static final class Point {
    final double[] m;
    final double[] v;
    final double[] theta;
    final double[] mu;
    final double[] logS2;

    Point(long seed) {
      SplittableRandom rng = new SplittableRandom(seed);
      m = gaussian(rng, B * DIM, 1);
      v = gaussian(rng, B * DIM, 0.5);
      theta = gaussian(rng, K, 0.7);
      mu = gaussian(rng, K * DIM, 1);
      logS2 = gaussian(rng, K * DIM, 0.4);
    }

    double loss() {
      return VadeMath.latentTerm(m, v, B, DIM, theta, mu, logS2, 0.3, new double[B * DIM], new double[B * DIM],
          VadeMath.MixtureGradient.zeros(K, DIM));
    }
  }

  private static void assertGradient(String name, double[] param, double[] analytic, Point p) {
    assertGradient(name, param, analytic, q -> p.loss());
  }

  private static <T> void assertGradient(String name, double[] param, double[] analytic, ToDoubleFunction<T> f) {
    for (int j = 0; j < param.length; j++) {
      double keep = param[j];
      param[j] = keep + H;
      double plus = f.applyAsDouble(null);
      param[j] = keep - H;
      double minus = f.applyAsDouble(null);
      param[j] = keep;
      double numeric = (plus - minus) / (2 * H);
      double err = Math.abs(numeric - analytic[j]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(analytic[j]));
      assertTrue(err < REL, name + "[" + j + "]: analytic " + analytic[j] + ", numeric " + numeric);
    }
  }

  @Test
  void latentGradientsMatchFiniteDifferences() {
    Point p = new Point(3);
    double[] dm = new double[B * DIM];
    double[] dv = new double[B * DIM];
    VadeMath.MixtureGradient g = VadeMath.MixtureGradient.zeros(K, DIM);
    VadeMath.latentTerm(p.m, p.v, B, DIM, p.theta, p.mu, p.logS2, 0.3, dm, dv, g);
    assertGradient("dL/dm", p.m, dm, p);
    assertGradient("dL/dv", p.v, dv, p);
    assertGradient("dL/dtheta", p.theta, g.theta(), p);
    assertGradient("dL/dmu", p.mu, g.mu(), p);
    assertGradient("dL/dlogS2", p.logS2, g.logS2(), p);
  }

  @Test
  void latentTermIsTheNegativeElboOfOneComponentByHand() {
    // one row, one dimension, one component: F = A = 1/2 [log s2 + (e^v + (m - mu)^2) / s2]
    // m = 1, v = 0, mu = 0, s2 = e: A = 1/2 [1 + 2/e]; entropy part -1/2 (1 + 0)
    double[] dm = new double[1];
    double[] dv = new double[1];
    VadeMath.MixtureGradient g = VadeMath.MixtureGradient.zeros(1, 1);
    double loss = VadeMath.latentTerm(new double[] { 1 }, new double[] { 0 }, 1, 1, new double[] { 5 },
        new double[] { 0 }, new double[] { 1 }, 1.0, dm, dv, g);
    assertEquals(0.5 * (1 + 2 / Math.E) - 0.5, loss, 1e-15);
    assertEquals(1 / Math.E, dm[0], 1e-15);
    assertEquals(0.5 / Math.E - 0.5, dv[0], 1e-15);
    assertEquals(0, g.theta()[0], 1e-15);
  }

  @Test
  void latentTermIsStableForFarPoints() {
    Point p = new Point(5);
    p.m[0] = 1e4;
    double[] dm = new double[B * DIM];
    double loss = VadeMath.latentTerm(p.m, p.v, B, DIM, p.theta, p.mu, p.logS2, 0.3, dm, new double[B * DIM],
        VadeMath.MixtureGradient.zeros(K, DIM));
    assertTrue(Double.isFinite(loss) && loss > 1e6, "loss " + loss);
    for (double d : dm) {
      assertTrue(Double.isFinite(d));
    }
  }

  @Test
  void reparameterisationGradientMatchesFiniteDifferencesThroughTheSample() {
    SplittableRandom rng = new SplittableRandom(9);
    double[] m = gaussian(rng, 6, 1);
    double[] v = gaussian(rng, 6, 0.5);
    double[] eps = gaussian(rng, 6, 1);
    double[] w = gaussian(rng, 6, 1);
    // L(z) = sum_j w_j z_j^2 / 2, dL/dz = w z
    ToDoubleFunction<Object> loss = o -> {
      double[] z = VadeMath.sample(m, v, eps);
      double s = 0;
      for (int j = 0; j < z.length; j++) {
        s += 0.5 * w[j] * z[j] * z[j];
      }
      return s;
    };
    double[] z = VadeMath.sample(m, v, eps);
    double[] dz = new double[6];
    for (int j = 0; j < 6; j++) {
      dz[j] = w[j] * z[j];
      assertEquals(m[j] + Math.exp(v[j] / 2) * eps[j], z[j], 1e-15);
    }
    double[] dm = new double[6];
    double[] dv = new double[6];
    VadeMath.reparameterisationGradient(dz, v, eps, dm, dv);
    assertGradient("dL/dm", m, dm, loss);
    assertGradient("dL/dv", v, dv, loss);
  }

  @Test
  void reconstructionGradientMatchesFiniteDifferences() {
    float[] x = { 0.5f, -1f, 2f, 0f };
    float[] xhat = { 1f, -1.5f, 2f, 0.25f };
    float[] d = new float[4];
    // sum of squares 0.25 + 0.25 + 0 + 0.0625 = 0.5625; L = 0.5 * 0.5 / 0.1 * 0.5625
    double loss = VadeMath.reconstructionTerm(x, xhat, 0.1, 0.5, d);
    assertEquals(0.5 * 0.5 / 0.1 * 0.5625, loss, 1e-6);
    assertArrayEquals(new float[] { 2.5f, -2.5f, 0f, 1.25f }, d, 1e-6f);
    // finite differences in double precision: the term is quadratic, so central differences are exact
    for (int j = 0; j < 4; j++) {
      float[] plus = xhat.clone();
      float[] minus = xhat.clone();
      plus[j] += 1f / 64;
      minus[j] -= 1f / 64;
      double numeric = (VadeMath.reconstructionTerm(x, plus, 0.1, 0.5, new float[4])
          - VadeMath.reconstructionTerm(x, minus, 0.1, 0.5, new float[4])) / (2.0 / 64);
      assertEquals(numeric, d[j], 1e-5 * Math.max(1, Math.abs(numeric)), "dL/dx'[" + j + "]");
    }
    assertEquals(0.5625 / 4, VadeMath.noiseVariance(x, new double[] { 1, -1.5, 2, 0.25 }), 1e-15);
  }

  @Test
  void logSumExpAndWeightsAreStable() {
    assertEquals(1000 + Math.log(2), SoftAssignments.logSumExp(new double[] { 1000, 1000 }, 0, 2), 1e-12);
    assertEquals(-1000 + Math.log(2), SoftAssignments.logSumExp(new double[] { -1000, -1000 }, 0, 2), 1e-12);
    assertArrayEquals(new double[] { 0.5, 0.5 }, VadeMath.weights(new double[] { 700, 700 }), 1e-15);
  }
}
