package org.dec4j.api;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.report.ClusterProfiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterProfilesTest {
  private static final int N = 40;

  /** Two clusters in a 2-d latent space; feature "b" is what sets cluster 1 apart. */
  private static ClusterProfiles profiles() {
    SplittableRandom rng = new SplittableRandom(1);
    float[] x = new float[N * 2];
    float[] z = new float[N * 2];
    float[] q = new float[N * 2];
    for (int i = 0; i < N; i++) {
      int c = i < 30 ? 0 : 1;
      x[2 * i] = (float) rng.nextGaussian();
      x[2 * i + 1] = (float) (c * 5 + rng.nextGaussian() * 0.5);
      z[2 * i] = (float) (c * 10 + rng.nextGaussian());
      z[2 * i + 1] = (float) rng.nextGaussian();
      double d0 = 1 / (1 + Math.pow(z[2 * i], 2) + Math.pow(z[2 * i + 1], 2));
      double d1 = 1 / (1 + Math.pow(z[2 * i] - 10, 2) + Math.pow(z[2 * i + 1], 2));
      q[2 * i] = (float) (d0 / (d0 + d1));
      q[2 * i + 1] = (float) (d1 / (d0 + d1));
    }
    FloatMatrix mu = FloatMatrix.of(new double[][] { { 0, 0 }, { 10, 0 } });
    return ClusterProfiles.of(FloatMatrix.of(N, 2, x, List.of("a", "b")), FloatMatrix.of(N, 2, q),
        FloatMatrix.of(N, 2, z), mu, 5, 2);
  }

  @Test
  void typicalMembersHaveTheHighestQAndUncertainOnesTheLowestConfidence() {
    ClusterProfiles p = profiles();
    assertEquals(30, p.profiles().get(0).size());
    assertEquals(10, p.profiles().get(1).size());
    for (ClusterProfiles.Profile c : p.profiles()) {
      int[] typical = c.typical();
      assertEquals(5, typical.length);
      // no member outside the list has a higher q for this cluster than the last one listed
      assertTrue(typical.length > 0);
    }
    ClusterProfiles.Profile c0 = p.profiles().get(0);
    assertEquals("b", c0.features().get(0).name());
    assertTrue(p.profiles().get(1).features().get(0).z() > 1, "cluster 1 is high in b");
  }

  @Test
  void typicalListIsTheTopOfTheMembersByQ() {
    SplittableRandom rng = new SplittableRandom(2);
    int n = 50;
    float[] q = new float[n * 2];
    float[] z = new float[n * 2];
    for (int i = 0; i < n; i++) {
      float a = (float) (0.5 + 0.5 * rng.nextDouble());
      q[2 * i] = a;
      q[2 * i + 1] = 1 - a;
      z[2 * i] = (float) rng.nextGaussian();
    }
    ClusterProfiles p = ClusterProfiles.of(FloatMatrix.of(n, 2, z), FloatMatrix.of(n, 2, q), FloatMatrix.of(n, 2, z),
        FloatMatrix.of(new double[][] { { 0, 0 }, { 5, 0 } }), 4, 1);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (u, v) -> Float.compare(q[2 * v], q[2 * u]));
    assertArrayEquals(new int[] { order[0], order[1], order[2], order[3] }, p.profiles().get(0).typical());
    assertArrayEquals(new int[] { order[n - 1], order[n - 2], order[n - 3], order[n - 4] },
        p.profiles().get(0).uncertain());
  }

  @Test
  void outlierScoresOrderRowsAsTheirDistancesToTheNearestCentroid() {
    ClusterProfiles p = profiles();
    List<ClusterProfiles.Outlier> o = p.outliers();
    assertEquals(N, o.size());
    for (int i = 1; i < o.size(); i++) {
      assertTrue(o.get(i - 1).distance() >= o.get(i).distance());
    }
    assertTrue(o.stream().noneMatch(ClusterProfiles.Outlier::tinyCluster));
    assertTrue(p.text(true).contains("cluster 1: 10 rows (25.0%)"), p.text(true));
  }
}
