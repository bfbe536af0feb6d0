package org.dec4j.tests;

import elki.clustering.kmeans.KMeans;
import elki.clustering.kmeans.LloydKMeans;
import elki.clustering.kmeans.initialization.KMeansPlusPlus;
import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.KMeansModel;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.utilities.ELKIBuilder;
import org.dec4j.api.data.FloatMatrix;

/** k-means++ on the raw features with ELKI's own implementation: the baseline DEC has to beat. */
final class KMeansBaseline {
  private KMeansBaseline() {
  }

  /**
   * @param x rows
   * @param k clusters
   * @param seed seed of the k-means++ initialisation
   * @return cluster of each row
   */
  static int[] labels(FloatMatrix x, int k, long seed) {
    double[][] rows = new double[x.rows()][x.cols()];
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < x.cols(); j++) {
        rows[i][j] = x.get(i, j);
      }
    }
    Database db = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(rows), null);
    db.initialize();
    Relation<NumberVector> rel = db.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
    LloydKMeans<NumberVector> km = new ELKIBuilder<>(LloydKMeans.class).with(KMeans.K_ID, k)
        .with(KMeans.INIT_ID, KMeansPlusPlus.class).with(KMeans.SEED_ID, seed).build();
    Clustering<KMeansModel> c = km.run(rel);
    DBIDRange ids = (DBIDRange) rel.getDBIDs();
    int[] labels = new int[x.rows()];
    int j = 0;
    for (Cluster<KMeansModel> cl : c.getAllClusters()) {
      for (DBIDIter it = cl.getIDs().iter(); it.valid(); it.advance()) {
        labels[ids.getOffset(it)] = j;
      }
      j++;
    }
    return labels;
  }
}
