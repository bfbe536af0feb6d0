package org.dec4j.elki;

import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.model.KMeansModel;
import elki.database.ids.ArrayDBIDs;
import elki.database.ids.ArrayModifiableDBIDs;
import elki.database.ids.DBIDArrayIter;
import elki.database.ids.DBIDUtil;
import elki.logging.Logging;

/** The dec4j labels as an ELKI clustering: one cluster per non-empty label, its mean and variance sum in the input. */
final class ClusterModels {
  private ClusterModels() {
  }

  /**
   * @param labels the cluster of each object, in the order of {@code ids}
   * @param ids the objects
   * @param x the objects' input vectors
   * @param k the number of clusters
   * @param log where an empty cluster is reported (it is left out of the result)
   * @return the clustering
   */
  static Clustering<KMeansModel> of(int[] labels, ArrayDBIDs ids, double[][] x, int k, Logging log) {
    int d = x.length == 0 ? 0 : x[0].length;
    ArrayModifiableDBIDs[] members = new ArrayModifiableDBIDs[k];
    double[][] mean = new double[k][d];
    for (int j = 0; j < k; j++) {
      members[j] = DBIDUtil.newArray();
    }
    DBIDArrayIter it = ids.iter();
    for (int i = 0; it.valid(); it.advance(), i++) {
      members[labels[i]].add(it);
      for (int t = 0; t < d; t++) {
        mean[labels[i]][t] += x[i][t];
      }
    }
    Clustering<KMeansModel> result = new Clustering<>();
    for (int j = 0; j < k; j++) {
      int size = members[j].size();
      if (size == 0) {
        log.warning("DEC cluster " + j + " is empty and left out of the result");
        continue;
      }
      double varsum = 0;
      for (int t = 0; t < d; t++) {
        mean[j][t] /= size;
      }
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == j) {
          for (int t = 0; t < d; t++) {
            double diff = x[i][t] - mean[j][t];
            varsum += diff * diff;
          }
        }
      }
      result.addToplevelCluster(new Cluster<>("Cluster " + j, members[j], new KMeansModel(mean[j], varsum)));
    }
    return result;
  }
}
