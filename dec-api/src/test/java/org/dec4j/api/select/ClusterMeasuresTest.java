package org.dec4j.api.select;

import org.dec4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterMeasuresTest {
  private static final FloatMatrix LINE = FloatMatrix.of(new double[][] { { 0 }, { 1 }, { 4 }, { 5 } });
  private static final int[] TWO = { 0, 0, 1, 1 };

  @Test
  void silhouetteByHand() {
    // row 0: a = 1, b = 4.5; row 1: a = 1, b = 3.5; symmetric for the other cluster
    assertEquals((7.0 / 9 + 5.0 / 7) / 2, ClusterMeasures.silhouette(LINE, TWO, 100, 0), 1e-9);
    assertTrue(Double.isNaN(ClusterMeasures.silhouette(LINE, new int[4], 100, 0)), "one cluster");
    double sampled = ClusterMeasures.silhouette(LINE, TWO, 3, 1);
    assertTrue(sampled > 0 && sampled <= 1, "a sample of rows still gives a silhouette: " + sampled);
  }

  @Test
  void severalPartitionsInOnePassGiveEachOnesSilhouette() {
    int[] other = { 0, 1, 1, 0 };
    double[] both = ClusterMeasures.silhouettes(LINE, new int[][] { TWO, other, new int[4] }, 100, 0);
    assertEquals(ClusterMeasures.silhouette(LINE, TWO, 100, 0), both[0], 1e-12);
    assertEquals(ClusterMeasures.silhouette(LINE, other, 100, 0), both[1], 1e-12);
    assertTrue(Double.isNaN(both[2]), "one cluster");
  }

  @Test
  void daviesBouldinByHand() {
    // centroids 0.5 and 4.5, scatter 0.5 each: (0.5 + 0.5) / 4
    assertEquals(0.25, ClusterMeasures.daviesBouldin(LINE, TWO), 1e-9);
  }

  @Test
  void adjustedRandByHand() {
    assertEquals(1.0, ClusterMeasures.adjustedRand(new int[] { 0, 0, 1, 1, 2 }, new int[] { 2, 2, 0, 0, 1 }), 1e-12,
        "a renamed partition");
    // contingency [[2,1,0],[0,1,2]]: index 2, row pairs 6, column pairs 3, 15 pairs: (2 - 1.2) / (4.5 - 1.2)
    assertEquals(0.8 / 3.3, ClusterMeasures.adjustedRand(new int[] { 0, 0, 0, 1, 1, 1 },
        new int[] { 0, 0, 1, 1, 2, 2 }), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> ClusterMeasures.adjustedRand(new int[2], new int[3]));
  }

  @Test
  void recommendationPrefersStableUncollapsedAndTheSmallerKOnATie() {
    Candidate collapsed = new Candidate(6, 10, 0.9, 0.3, 0.9, 0.001);
    Candidate unstable = new Candidate(5, 10, 0.8, 0.4, 0.3, 0.1);
    Candidate four = new Candidate(4, 10, 0.605, 0.5, 0.9, 0.2);
    Candidate three = new Candidate(3, 10, 0.6, 0.5, 0.95, 0.3);
    Recommendation r = Recommendation.of(List.of(three, four, unstable, collapsed));
    assertEquals(3, r.k(), r.reason());
    assertTrue(r.reason().contains("smaller one is preferred"), r.reason());
    Recommendation none = Recommendation.of(List.of(unstable, collapsed));
    assertEquals(6, none.k());
    assertTrue(none.reason().contains("treat it with care"), none.reason());
  }
}
