package org.dec4j.engine.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AssignmentsTest {
  @Test
  void entropyIsOneForUniformUseAndZeroForCollapse() {
    assertEquals(1.0, Assignments.normalizedMeanEntropy(new double[] { 1, 0, 0, 1 }, 2, 2), 1e-12);
    assertEquals(0.0, Assignments.normalizedMeanEntropy(new double[] { 1, 0, 1, 0 }, 2, 2), 1e-12);
  }

  @Test
  void hardAssignmentsSizesAndChangedShare() {
    int[] a = Assignments.hard(new double[] { 0.1, 0.9, 0.6, 0.4, 0.2, 0.8 }, 3, 2);
    assertArrayEquals(new int[] { 1, 0, 1 }, a);
    assertArrayEquals(new int[] { 1, 2 }, Assignments.clusterSizes(a, 2));
    assertEquals(1.0 / 3, Assignments.changedShare(a, new int[] { 1, 1, 1 }), 1e-15);
  }

  @Test
  void clusterMeansAverageEachClustersRows() {
    double[] z = { 1, 2, 3, 4, 10, 20 };
    assertArrayEquals(new double[] { 2, 3, 10, 20, 0, 0 }, Assignments.clusterMeans(z, 3, 2, new int[] { 0, 0, 1 }, 3),
        1e-12);
  }
}
