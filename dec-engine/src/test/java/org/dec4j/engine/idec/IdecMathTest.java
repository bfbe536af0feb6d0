package org.dec4j.engine.idec;

import org.dec4j.engine.FiniteDifferences;
import org.dec4j.engine.dec.DecMath;
import org.dec4j.engine.math.SoftAssignments;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IdecMathTest {
  @Test
  void clusteringTermIsGammaTimesTheBatchMeanOfDecsLossAndGradient() {
    int b = 4;
    int dim = 2;
    int k = 3;
    SplittableRandom rng = new SplittableRandom(1);
    double[] z = FiniteDifferences.gaussian(rng, b * dim);
    double[] mu = FiniteDifferences.gaussian(rng, k * dim);
    double[] q = SoftAssignments.studentT(z, b, dim, mu, k, 1.0);
    double[] p = DecMath.targetDistribution(q, b, k);
    double[] dz = new double[b * dim];
    double[] dmu = new double[k * dim];
    double gamma = 0.1;
    double loss = IdecMath.clusteringTerm(z, b, dim, mu, k, 1.0, p, gamma, dz, dmu);
    assertEquals(gamma * DecMath.klDivergence(p, q, b, k) / b, loss, 1e-15);
    double[] decDz = new double[b * dim];
    double[] decDmu = new double[k * dim];
    DecMath.klGradient(z, b, dim, mu, k, 1.0, p, q, 1.0 / b, decDz, decDmu);
    for (int i = 0; i < decDz.length; i++) {
      decDz[i] *= gamma;
    }
    for (int i = 0; i < decDmu.length; i++) {
      decDmu[i] *= gamma;
    }
    assertArrayEquals(decDz, dz, 1e-15);
    assertArrayEquals(decDmu, dmu, 1e-15);
  }
}
