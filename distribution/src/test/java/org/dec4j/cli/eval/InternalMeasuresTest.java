package org.dec4j.cli.eval;

import org.dec4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Silhouette and Davies-Bouldin against values worked out by hand. */
class InternalMeasuresTest {
  @Test
  void twoPairsOnALine() {
    // points 0, 1 | 10, 11: silhouette of 0 is 1 - 1/10.5, of 1 is 1 - 1/9.5 (and symmetrically for the others)
    FloatMatrix x = FloatMatrix.of(new double[][] { { 0 }, { 1 }, { 10 }, { 11 } });
    InternalMeasures m = InternalMeasures.of(x, new int[] { 0, 0, 1, 1 });
    assertEquals(((1 - 1 / 10.5) + (1 - 1 / 9.5)) / 2, m.silhouette(), 1e-12);
    // Davies-Bouldin: scatter 0.5 in each cluster, centroids 10 apart: (0.5 + 0.5) / 10
    assertEquals(0.1, m.daviesBouldin(), 1e-12);
    assertEquals(4, m.silhouetteRows());
  }

  @Test
  void theSelectionMeasuresOfDecApiAgreeWithElki() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
    double[][] v = new double[300][5];
    int[] labels = new int[300];
    for (int i = 0; i < v.length; i++) {
      labels[i] = i % 4;
      for (int j = 0; j < 5; j++) {
        v[i][j] = 3 * ((i % 4) == j ? 1 : 0) + rng.nextGaussian();
      }
    }
    FloatMatrix x = FloatMatrix.of(v);
    InternalMeasures elki = InternalMeasures.of(x, labels);
    assertEquals(elki.silhouette(), org.dec4j.api.select.ClusterMeasures.silhouette(x, labels, 1000, 0), 1e-6);
    assertEquals(elki.daviesBouldin(), org.dec4j.api.select.ClusterMeasures.daviesBouldin(x, labels), 1e-6);
    int[] other = labels.clone();
    for (int i = 0; i < 60; i++) {
      other[i] = rng.nextInt(4);
    }
    assertEquals(ExternalMeasures.of(labels, other).ari(), org.dec4j.api.select.ClusterMeasures.adjustedRand(labels,
        other), 1e-9);
  }
}
