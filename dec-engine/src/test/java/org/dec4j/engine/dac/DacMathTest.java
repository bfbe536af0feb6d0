package org.dec4j.engine.dac;

import org.dec4j.engine.FiniteDifferences;
import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.math.SoftAssignments;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DacMathTest {
  @Test
  void thresholdsFollowThePaperAndMeetAtLambdaOf045() {
    assertEquals(0.95, DacMath.upperThreshold(0.95, 0), 1e-15);
    assertEquals(0.455, DacMath.lowerThreshold(0.455, 0), 1e-15);
    assertEquals(0.85, DacMath.upperThreshold(0.95, 0.1), 1e-15);
    assertEquals(0.465, DacMath.lowerThreshold(0.455, 0.1), 1e-15);
    assertFalse(DacMath.thresholdsMet(0.95, 0.455, 0.44));
    assertTrue(DacMath.thresholdsMet(0.95, 0.455, 0.45));
  }

  @Test
  void labelFeaturesAreTheUnitLengthSoftmax() {
    // logits (0, ln 3): softmax (1/4, 3/4), norm sqrt(10)/4, so l = (1, 3) / sqrt(10)
    double[] l = DacMath.labelFeatures(new double[] { 0, Math.log(3) }, 1, 2);
    assertArrayEquals(new double[] { 1 / Math.sqrt(10), 3 / Math.sqrt(10) }, l, 1e-15);
  }

  @Test
  void pairLossMatchesHandComputedValues() {
    // rows 0 and 1 share l = (1,3)/sqrt(10), row 2 has l = (3,1)/sqrt(10): s_01 = 1, s_02 = s_12 = 6/10
    double[] a = { 0, Math.log(3), 0, Math.log(3), Math.log(3), 0 };
    double[] da = new double[6];
    // u = 0.95, l = 0.7: pair 01 similar (s clipped to 1 - eps), pairs 02 and 12 dissimilar: -log(0.4) each
    DacMath.PairLoss pl = DacMath.pairLoss(a, 3, 2, 0.95, 0.7, da);
    assertEquals(3, pl.selected());
    assertEquals(1, pl.similar());
    assertEquals((-Math.log(1 - DacMath.EPS) - 2 * Math.log(0.4)) / 3, pl.loss(), 1e-12);
    // u = 0.95, l = 0.455: only pair 01 is selected
    pl = DacMath.pairLoss(a, 3, 2, 0.95, 0.455, da);
    assertEquals(1, pl.selected());
    assertEquals(-Math.log(1 - DacMath.EPS), pl.loss(), 1e-12);
    assertArrayEquals(new double[6], da, 0.0, "s clipped at 1 - eps carries no gradient");
    // nothing selected
    pl = DacMath.pairLoss(a, 3, 2, 1.5, 0.1, da);
    assertEquals(0, pl.selected());
    assertEquals(0, pl.loss());
  }

  @Test
  void pairGradientMatchesFiniteDifferences() {
    int b = 7;
    int k = 4;
    SplittableRandom rng = new SplittableRandom(11);
    double[] a = new double[b * k];
    for (int i = 0; i < a.length; i++) {
      a[i] = 2 * rng.nextGaussian();
    }
    double[] s = pairSimilarities(a, b, k);
    // thresholds between the similarities, far from every s, so that the selection is the same at a +- h
    double[] sorted = s.clone();
    java.util.Arrays.sort(sorted);
    double lower = (sorted[s.length / 3] + sorted[s.length / 3 + 1]) / 2;
    double upper = (sorted[2 * s.length / 3] + sorted[2 * s.length / 3 + 1]) / 2;
    double[] da = new double[b * k];
    DacMath.PairLoss pl = DacMath.pairLoss(a, b, k, upper, lower, da);
    assertTrue(pl.selected() > 0 && pl.similar() > 0 && pl.similar() < pl.selected(), pl.toString());
    double h = 1e-6;
    double maxAbs = 0;
    for (double g : da) {
      maxAbs = Math.max(maxAbs, Math.abs(g));
    }
    assertTrue(maxAbs > 1e-3, "a non-trivial gradient");
    for (int i = 0; i < a.length; i++) {
      double[] plus = a.clone();
      double[] minus = a.clone();
      plus[i] += h;
      minus[i] -= h;
      double numeric = (DacMath.pairLoss(plus, b, k, upper, lower, new double[b * k]).loss()
          - DacMath.pairLoss(minus, b, k, upper, lower, new double[b * k]).loss()) / (2 * h);
      assertEquals(numeric, da[i], 1e-8, "dL/da[" + i + "]");
      double rel = Math.abs(numeric - da[i]) / (Math.abs(numeric) + Math.abs(da[i]));
      assertTrue(Math.abs(da[i]) < 1e-4 || rel < 1e-6, "relative error " + rel + " of dL/da[" + i + "]");
    }
  }

  @Test
  void distanceLayerGivesTheSoftmaxOfNegativeSquaredDistances() {
    SplittableRandom rng = new SplittableRandom(3);
    int n = 5;
    int dim = 3;
    int k = 4;
    double[] z = FiniteDifferences.gaussian(rng, n * dim);
    double[] mu = FiniteDifferences.gaussian(rng, k * dim);
    double t = 0.7;
    double[] wb = DacMath.distanceLayer(mu, k, dim, t);
    double[] logits = new double[n * k];
    double[] negDist = new double[n * k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        double v = wb[dim * k + j];
        for (int c = 0; c < dim; c++) {
          v += z[i * dim + c] * wb[c * k + j];
        }
        logits[i * k + j] = v;
        negDist[i * k + j] = -Assignments.squaredDistance(z, i * dim, mu, j * dim, dim) / t;
      }
    }
    assertArrayEquals(SoftAssignments.softmax(negDist, n, k), SoftAssignments.softmax(logits, n, k), 1e-12);
  }

  @Test
  void temperatureIsTheInertiaPerRowAndMeansAreClusterMeans() {
    // rows (0,0), (2,0), (10,0); centroids (1,0), (10,0): squared distances 1, 1, 0
    double[] z = { 0, 0, 2, 0, 10, 0 };
    assertEquals(2.0 / 3, DacMath.meanNearestSquaredDistance(z, 3, 2, new double[] { 1, 0, 10, 0 }, 2), 1e-15);
    assertArrayEquals(new double[] { 1, 0, 10, 0, 0, 0 }, Assignments.clusterMeans(z, 3, 2, new int[] { 0, 0, 1 }, 3),
        1e-15);
  }

  private static double[] pairSimilarities(double[] a, int b, int k) {
    double[] l = DacMath.labelFeatures(a, b, k);
    double[] s = new double[b * (b - 1) / 2];
    int m = 0;
    for (int i = 0; i < b; i++) {
      for (int j = i + 1; j < b; j++) {
        double v = 0;
        for (int c = 0; c < k; c++) {
          v += l[i * k + c] * l[j * k + c];
        }
        s[m++] = v;
      }
    }
    return s;
  }
}
