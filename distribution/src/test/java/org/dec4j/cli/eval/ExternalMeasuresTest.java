package org.dec4j.cli.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ACC, NMI and ARI against values worked out by hand. */
class ExternalMeasuresTest {
  @Test
  void permutedPerfectClusteringScoresOne() {
    int[] classes = { 0, 0, 1, 1, 2, 2, 2 };
    int[] clusters = { 2, 2, 0, 0, 1, 1, 1 };
    ExternalMeasures m = ExternalMeasures.of(clusters, classes);
    assertEquals(1.0, m.accuracy(), 1e-15);
    assertEquals(1.0, m.nmi(), 1e-12);
    assertEquals(1.0, m.ari(), 1e-12);
    assertEquals(7, m.rows());
  }

  @Test
  void knownContingencyTableGivesItsKnownValues() {
    // clusters {0,0,0,1,1,1} against classes {0,0,1,1,2,2}: contingency [[2,1,0],[0,1,2]]
    int[] clusters = { 0, 0, 0, 1, 1, 1 };
    int[] classes = { 0, 0, 1, 1, 2, 2 };
    ExternalMeasures m = ExternalMeasures.of(clusters, classes);
    // best matching: cluster 0 -> class 0 (2 rows), cluster 1 -> class 2 (2 rows): 4 / 6
    assertEquals(4.0 / 6.0, m.accuracy(), 1e-15);
    // ARI: sum C(n_ij,2) = 2, sum C(a_i,2) = 6, sum C(b_j,2) = 3, C(6,2) = 15 -> (2 - 1.2) / (4.5 - 1.2)
    assertEquals(0.8 / 3.3, m.ari(), 1e-12);
    // NMI: MI = (2/3) ln 2, H(clusters) = ln 2, H(classes) = ln 3, arithmetic mean
    assertEquals((2.0 / 3.0) * Math.log(2) / ((Math.log(2) + Math.log(3)) / 2), m.nmi(), 1e-12);
  }

  @Test
  void rowsWithoutClassAreLeftOut() {
    ExternalMeasures m = ExternalMeasures.of(new int[] { 0, 1, 1, 0 }, new int[] { 0, 1, 1, -1 });
    assertEquals(3, m.rows());
    assertEquals(1.0, m.accuracy(), 1e-15);
  }
}
