package org.dec4j.cli.eval;

import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.model.ClusterModel;
import elki.database.ids.ArrayModifiableDBIDs;
import elki.database.ids.DBIDArrayIter;
import elki.database.ids.DBIDRange;
import elki.database.ids.DBIDUtil;
import elki.evaluation.clustering.ClusterContingencyTable;

/**
 * Agreement of a clustering with known classes, computed by ELKI's contingency-table measures: accuracy under
 * the best one-to-one matching of clusters to classes (ELKI's {@code MaximumMatchingAccuracy}, a Kuhn-Munkres
 * assignment), normalised mutual information with the arithmetic mean of the entropies (as scikit-learn's
 * default) and the adjusted Rand index. Rows without a class are left out.
 *
 * @param accuracy ACC, in [0, 1]
 * @param nmi NMI, in [0, 1]
 * @param ari ARI, 1 for identical partitions, about 0 for random ones
 * @param rows rows compared
 */
public record ExternalMeasures(double accuracy, double nmi, double ari, int rows) {

  /**
   * @param clusters cluster of each row
   * @param classes class of each row, -1 where unknown
   * @return the measures
   */
  public static ExternalMeasures of(int[] clusters, int[] classes) {
    if (clusters.length != classes.length) {
      throw new IllegalArgumentException(clusters.length + " clusters for " + classes.length + " classes");
    }
    int n = 0;
    for (int c : classes) {
      if (c >= 0) {
        n++;
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no row has a class");
    }
    DBIDRange ids = DBIDUtil.generateStaticDBIDRange(n);
    Clustering<ClusterModel> found = partition(clusters, classes, ids, false);
    Clustering<ClusterModel> truth = partition(clusters, classes, ids, true);
    ClusterContingencyTable table = new ClusterContingencyTable(false, false, found, truth);
    return new ExternalMeasures(table.getMaximumMatchingAccuracy().getAccuracy(),
        table.getEntropy().arithmeticNMI(), table.getPaircount().adjustedRandIndex(), n);
  }

  private static Clustering<ClusterModel> partition(int[] clusters, int[] classes, DBIDRange ids, boolean byClass) {
    int max = 0;
    for (int i = 0; i < clusters.length; i++) {
      max = Math.max(max, byClass ? classes[i] : clusters[i]);
    }
    ArrayModifiableDBIDs[] groups = new ArrayModifiableDBIDs[max + 1];
    DBIDArrayIter it = ids.iter();
    int row = 0;
    for (int i = 0; i < clusters.length; i++) {
      if (classes[i] < 0) {
        continue;
      }
      int g = byClass ? classes[i] : clusters[i];
      if (groups[g] == null) {
        groups[g] = DBIDUtil.newArray();
      }
      groups[g].add(it.seek(row++));
    }
    Clustering<ClusterModel> c = new Clustering<>();
    for (ArrayModifiableDBIDs g : groups) {
      if (g != null) {
        c.addToplevelCluster(new Cluster<>(g, ClusterModel.CLUSTER));
      }
    }
    return c;
  }
}
