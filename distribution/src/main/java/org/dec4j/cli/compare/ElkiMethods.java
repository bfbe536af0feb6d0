package org.dec4j.cli.compare;

import elki.clustering.em.EM;
import elki.clustering.em.models.EMClusterModelFactory;
import elki.clustering.kmeans.KMeans;
import elki.clustering.kmeans.LloydKMeans;
import elki.clustering.kmeans.initialization.KMeansPlusPlus;
import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.utilities.ELKIBuilder;
import org.dec4j.api.data.FloatMatrix;

import java.util.ArrayList;
import java.util.List;

/** ELKI's KMeans (Lloyd, k-means++ initialisation) and EM (Gaussian mixture), through ELKI's own API. */
final class ElkiMethods {
  private ElkiMethods() {
  }

  /** ELKI k-means with k-means++ initialisation. */
  static ClusteringMethod kmeans() {
    return new ClusteringMethod() {
      @Override
      public String name() {
        return "ELKI KMeans (k-means++)";
      }

      @Override
      public String id() {
        return "elki-kmeans";
      }

      @Override
      public Run run(FloatMatrix x, int k, long seed) {
        Relation<NumberVector> rel = relation(x);
        LloydKMeans<NumberVector> km = new ELKIBuilder<>(LloydKMeans.class).with(KMeans.K_ID, k)
            .with(KMeans.INIT_ID, KMeansPlusPlus.class).with(KMeans.SEED_ID, seed).build();
        return new Run(labels(km.run(rel), rel), null);
      }
    };
  }

  /** ELKI EM, multivariate Gaussians initialised by k-means++. */
  static ClusteringMethod em() {
    return new ClusteringMethod() {
      @Override
      public String name() {
        return "ELKI EM";
      }

      @Override
      public String id() {
        return "elki-em";
      }

      @Override
      public Run run(FloatMatrix x, int k, long seed) {
        Relation<NumberVector> rel = relation(x);
        EM<NumberVector, ?> em = new ELKIBuilder<EM<NumberVector, ?>>(EM.class).with(EM.Par.K_ID, k)
            .with(EMClusterModelFactory.INIT_ID, KMeansPlusPlus.class).with(KMeans.SEED_ID, seed).build();
        return new Run(labels(em.run(rel), rel), null);
      }
    };
  }

  static Relation<NumberVector> relation(FloatMatrix x) {
    double[][] rows = new double[x.rows()][x.cols()];
    for (int i = 0; i < x.rows(); i++) {
      for (int j = 0; j < x.cols(); j++) {
        rows[i][j] = x.get(i, j);
      }
    }
    Database db = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(rows), null);
    db.initialize();
    return db.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
  }

  private static int[] labels(Clustering<?> c, Relation<NumberVector> rel) {
    DBIDRange ids = (DBIDRange) rel.getDBIDs();
    int[] labels = new int[ids.size()];
    List<? extends Cluster<?>> all = new ArrayList<>(c.getAllClusters());
    for (int j = 0; j < all.size(); j++) {
      for (DBIDIter it = all.get(j).getIDs().iter(); it.valid(); it.advance()) {
        labels[ids.getOffset(it)] = j;
      }
    }
    return labels;
  }
}
