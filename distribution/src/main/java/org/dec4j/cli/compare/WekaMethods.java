package org.dec4j.cli.compare;

import org.dec4j.api.data.FloatMatrix;
import weka.clusterers.AbstractClusterer;
import weka.clusterers.EM;
import weka.clusterers.SimpleKMeans;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.SelectedTag;

import java.util.ArrayList;

/** Weka's SimpleKMeans (k-means++ initialisation) and EM, through Weka's own API. */
final class WekaMethods {
  private WekaMethods() {
  }

  /** Weka SimpleKMeans with k-means++ initialisation. */
  static ClusteringMethod kmeans() {
    return new ClusteringMethod() {
      @Override
      public String name() {
        return "Weka SimpleKMeans (k-means++)";
      }

      @Override
      public String id() {
        return "weka-kmeans";
      }

      @Override
      public Run run(FloatMatrix x, int k, long seed) throws Exception {
        SimpleKMeans km = new SimpleKMeans();
        km.setNumClusters(k);
        km.setInitializationMethod(new SelectedTag(SimpleKMeans.KMEANS_PLUS_PLUS, SimpleKMeans.TAGS_SELECTION));
        km.setSeed((int) seed);
        return new Run(cluster(km, x), null);
      }
    };
  }

  /** Weka EM with K fixed. */
  static ClusteringMethod em() {
    return new ClusteringMethod() {
      @Override
      public String name() {
        return "Weka EM";
      }

      @Override
      public String id() {
        return "weka-em";
      }

      @Override
      public Run run(FloatMatrix x, int k, long seed) throws Exception {
        EM em = new EM();
        em.setNumClusters(k);
        em.setSeed((int) seed);
        return new Run(cluster(em, x), null);
      }
    };
  }

  private static int[] cluster(AbstractClusterer c, FloatMatrix x) throws Exception {
    Instances data = instances(x);
    c.buildClusterer(data);
    int[] labels = new int[x.rows()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = c.clusterInstance(data.instance(i));
    }
    return labels;
  }

  private static Instances instances(FloatMatrix x) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (String name : x.columnNames()) {
      atts.add(new Attribute(name));
    }
    Instances data = new Instances("compare", atts, x.rows());
    for (int i = 0; i < x.rows(); i++) {
      double[] v = new double[x.cols()];
      for (int j = 0; j < v.length; j++) {
        v[j] = x.get(i, j);
      }
      data.add(new DenseInstance(1.0, v));
    }
    return data;
  }
}
