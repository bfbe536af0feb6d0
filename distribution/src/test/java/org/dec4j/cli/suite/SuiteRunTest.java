package org.dec4j.cli.suite;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The smallest cluster's share of an equal share, over the K clusters asked for. */
class SuiteRunTest {
  @Test
  void equalClustersGiveOneAndAnEmptyClusterZero() {
    assertEquals(1.0, SuiteRun.smallestShare(new int[] { 0, 1, 2, 0, 1, 2 }, 3), 1e-12);
    assertEquals(0.5, SuiteRun.smallestShare(new int[] { 0, 0, 0, 1 }, 2), 1e-12);
    assertEquals(0.0, SuiteRun.smallestShare(new int[] { 0, 0, 1, 1 }, 3), 1e-12, "cluster 2 is empty");
  }
}
