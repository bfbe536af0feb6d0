package org.dec4j.cli.eval;

import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.ClusterModel;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.ArrayModifiableDBIDs;
import elki.database.ids.DBIDArrayIter;
import elki.database.ids.DBIDRange;
import elki.database.ids.DBIDUtil;
import elki.database.query.QueryBuilder;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.distance.minkowski.EuclideanDistance;
import elki.evaluation.clustering.internal.DaviesBouldinIndex;
import elki.evaluation.clustering.internal.NoiseHandling;
import elki.evaluation.clustering.internal.Silhouette;
import org.dec4j.api.data.FloatMatrix;

import java.util.SplittableRandom;

/**
 * Label-free quality of a clustering on given features, computed with ELKI's evaluators: the mean silhouette
 * (Euclidean; higher is better, at most 1) and the Davies-Bouldin index (lower is better). Silhouette costs
 * O(n^2) distances, so above {@value #SILHOUETTE_SAMPLE} rows it is computed on a fixed random sample of that many.
 *
 * @param silhouette mean silhouette width
 * @param daviesBouldin Davies-Bouldin index
 * @param silhouetteRows rows the silhouette was computed on
 */
public record InternalMeasures(double silhouette, double daviesBouldin, int silhouetteRows) {
  /** Most rows silhouette is computed on. */
  public static final int SILHOUETTE_SAMPLE = 4000;

  /**
   * @param x features
   * @param labels cluster of each row
   * @return the measures
   */
  public static InternalMeasures of(FloatMatrix x, int[] labels) {
    double dbi = daviesBouldin(x, labels);
    int n = x.rows();
    int[] rows = n <= SILHOUETTE_SAMPLE ? range(n) : sample(n, SILHOUETTE_SAMPLE);
    FloatMatrix s = rows.length == n ? x : x.selectRows(rows);
    int[] l = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      l[i] = labels[rows[i]];
    }
    Relation<NumberVector> rel = relation(s);
    double sil = new Silhouette<NumberVector>(EuclideanDistance.STATIC, NoiseHandling.MERGE_NOISE, false)
        .evaluateClustering(rel, new QueryBuilder<>(rel, EuclideanDistance.STATIC).distanceQuery(),
            clustering(rel, l));
    return new InternalMeasures(sil, dbi, rows.length);
  }

  private static double daviesBouldin(FloatMatrix x, int[] labels) {
    Relation<NumberVector> rel = relation(x);
    return new DaviesBouldinIndex(EuclideanDistance.STATIC, NoiseHandling.MERGE_NOISE, 1.0)
        .evaluateClustering(rel, clustering(rel, labels));
  }

  private static Relation<NumberVector> relation(FloatMatrix x) {
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

  private static Clustering<ClusterModel> clustering(Relation<NumberVector> rel, int[] labels) {
    int k = 0;
    for (int l : labels) {
      k = Math.max(k, l + 1);
    }
    ArrayModifiableDBIDs[] groups = new ArrayModifiableDBIDs[k];
    DBIDArrayIter it = ((DBIDRange) rel.getDBIDs()).iter();
    for (int i = 0; it.valid(); it.advance(), i++) {
      if (groups[labels[i]] == null) {
        groups[labels[i]] = DBIDUtil.newArray();
      }
      groups[labels[i]].add(it);
    }
    Clustering<ClusterModel> c = new Clustering<>();
    for (ArrayModifiableDBIDs g : groups) {
      if (g != null) {
        c.addToplevelCluster(new Cluster<>(g, ClusterModel.CLUSTER));
      }
    }
    return c;
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }

  private static int[] sample(int n, int m) {
    int[] r = range(n);
    SplittableRandom rng = new SplittableRandom(0);
    for (int i = 0; i < m; i++) {
      int j = i + rng.nextInt(n - i);
      int t = r[i];
      r[i] = r[j];
      r[j] = t;
    }
    return java.util.Arrays.copyOf(r, m);
  }
}
