package org.dec4j.api.report;

import org.dec4j.api.data.FloatMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Per-cluster profiles of a clustering: each cluster's size and share, its members' mean confidence (largest soft
 * assignment), the members most typical of it (highest q_ij), those the model is least sure of (lowest max q),
 * and the features that set it apart (members' mean against the overall mean, in overall standard deviations);
 * plus an outlier score per row: the distance in the latent space to the nearest centroid, with members of tiny
 * clusters flagged too.
 */
public final class ClusterProfiles {
  /** A cluster under this fraction of an equal share (n/K) counts as tiny. */
  public static final double TINY_FRACTION = 0.1;
  /** A row whose outlier score is this many standard deviations above the mean score is flagged far. */
  public static final double FAR_Z = 3.0;

  /**
   * One cluster.
   *
   * @param cluster index
   * @param size members
   * @param share members / rows
   * @param meanConfidence members' mean largest soft assignment
   * @param typical members with the highest q for this cluster, most typical first
   * @param uncertain members with the lowest largest soft assignment, least sure first
   * @param features the features that set it apart, strongest first
   */
  public record Profile(int cluster, int size, double share, double meanConfidence, int[] typical, int[] uncertain,
      List<Feature> features) {
  }

  /**
   * A distinguishing feature.
   *
   * @param name column name
   * @param clusterMean members' mean
   * @param overallMean all rows' mean
   * @param z (clusterMean - overallMean) / overall standard deviation
   */
  public record Feature(String name, double clusterMean, double overallMean, double z) {
  }

  /**
   * An outlier score.
   *
   * @param row row
   * @param cluster its cluster
   * @param confidence its largest soft assignment
   * @param distance latent distance to the nearest centroid (the score)
   * @param far whether the distance is more than {@value #FAR_Z} standard deviations above the mean distance
   * @param tinyCluster whether its cluster is tiny
   */
  public record Outlier(int row, int cluster, double confidence, double distance, boolean far, boolean tinyCluster) {
  }

  private final List<Profile> profiles;
  private final List<Outlier> outliers;

  private ClusterProfiles(List<Profile> profiles, List<Outlier> outliers) {
    this.profiles = profiles;
    this.outliers = outliers;
  }

  /**
   * @param x the rows' features (as the user knows them, unscaled)
   * @param q soft assignments, n x K
   * @param z latent embedding, n x L
   * @param centroids K x L
   * @param perCluster typical and uncertain members to list
   * @param topFeatures distinguishing features to list
   * @return the profiles
   */
  public static ClusterProfiles of(FloatMatrix x, FloatMatrix q, FloatMatrix z, FloatMatrix centroids, int perCluster,
      int topFeatures) {
    int n = q.rows();
    int k = q.cols();
    int[] label = new int[n];
    double[] conf = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 1; j < k; j++) {
        if (q.get(i, j) > q.get(i, label[i])) {
          label[i] = j;
        }
      }
      conf[i] = q.get(i, label[i]);
    }
    double[] mean = new double[x.cols()];
    double[] sd = new double[x.cols()];
    moments(x, null, -1, mean, sd);
    List<Profile> profiles = new ArrayList<>();
    int[] sizes = new int[k];
    for (int l : label) {
      sizes[l]++;
    }
    for (int j = 0; j < k; j++) {
      final int c = j;
      List<Integer> members = new ArrayList<>();
      double confSum = 0;
      for (int i = 0; i < n; i++) {
        if (label[i] == c) {
          members.add(i);
          confSum += conf[i];
        }
      }
      int[] typical = members.stream().sorted(Comparator.comparingDouble((Integer i) -> -q.get(i, c)))
          .limit(perCluster).mapToInt(Integer::intValue).toArray();
      int[] uncertain = members.stream().sorted(Comparator.comparingDouble((Integer i) -> conf[i]))
          .limit(perCluster).mapToInt(Integer::intValue).toArray();
      profiles.add(new Profile(j, members.size(), (double) members.size() / n,
          members.isEmpty() ? Double.NaN : confSum / members.size(), typical, uncertain,
          features(x, label, c, mean, sd, topFeatures)));
    }
    return new ClusterProfiles(profiles, outliers(z, centroids, label, conf, sizes));
  }

  private static void moments(FloatMatrix x, int[] label, int cluster, double[] mean, double[] sd) {
    int m = 0;
    for (int i = 0; i < x.rows(); i++) {
      if (label == null || label[i] == cluster) {
        m++;
        for (int f = 0; f < x.cols(); f++) {
          mean[f] += x.get(i, f);
        }
      }
    }
    for (int f = 0; f < x.cols(); f++) {
      mean[f] /= Math.max(1, m);
    }
    if (sd == null) {
      return;
    }
    for (int i = 0; i < x.rows(); i++) {
      for (int f = 0; f < x.cols(); f++) {
        double d = x.get(i, f) - mean[f];
        sd[f] += d * d / x.rows();
      }
    }
    for (int f = 0; f < x.cols(); f++) {
      sd[f] = Math.sqrt(sd[f]);
    }
  }

  private static List<Feature> features(FloatMatrix x, int[] label, int cluster, double[] mean, double[] sd, int top) {
    double[] cm = new double[x.cols()];
    moments(x, label, cluster, cm, null);
    List<Feature> all = new ArrayList<>();
    for (int f = 0; f < x.cols(); f++) {
      if (sd[f] > 0) {
        all.add(new Feature(x.columnNames().get(f), cm[f], mean[f], (cm[f] - mean[f]) / sd[f]));
      }
    }
    all.sort(Comparator.comparingDouble((Feature f) -> -Math.abs(f.z())));
    return List.copyOf(all.subList(0, Math.min(top, all.size())));
  }

  private static List<Outlier> outliers(FloatMatrix z, FloatMatrix mu, int[] label, double[] conf, int[] sizes) {
    int n = z.rows();
    int k = mu.rows();
    double[] dist = new double[n];
    for (int i = 0; i < n; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double s = 0;
        for (int t = 0; t < z.cols(); t++) {
          double d = z.get(i, t) - mu.get(j, t);
          s += d * d;
        }
        best = Math.min(best, s);
      }
      dist[i] = Math.sqrt(best);
    }
    double m = Arrays.stream(dist).average().orElse(0);
    double sd = Math.sqrt(Arrays.stream(dist).map(d -> (d - m) * (d - m)).average().orElse(0));
    List<Outlier> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Outlier(i, label[i], conf[i], dist[i], sd > 0 && (dist[i] - m) / sd > FAR_Z,
          sizes[label[i]] < TINY_FRACTION * n / k));
    }
    out.sort(Comparator.comparingDouble((Outlier o) -> -o.distance()));
    return out;
  }

  /** @return one profile per cluster */
  public List<Profile> profiles() {
    return profiles;
  }

  /** @return every row's outlier score, highest first */
  public List<Outlier> outliers() {
    return outliers;
  }

  /**
   * @param withRows whether to list row numbers of typical and uncertain members
   * @return the profiles as text
   */
  public String text(boolean withRows) {
    StringBuilder b = new StringBuilder();
    for (Profile p : profiles) {
      b.append(String.format(Locale.ROOT, "cluster %d: %d rows (%.1f%%), mean confidence %.3f%n", p.cluster(),
          p.size(), 100 * p.share(), p.meanConfidence()));
      if (withRows) {
        b.append("  most typical rows: ").append(Arrays.toString(p.typical())).append(System.lineSeparator());
        b.append("  least sure rows:   ").append(Arrays.toString(p.uncertain())).append(System.lineSeparator());
      }
      b.append("  sets it apart:");
      for (Feature f : p.features()) {
        b.append(String.format(Locale.ROOT, " %s %+.2f sd (%.3g vs %.3g);", f.name(), f.z(), f.clusterMean(),
            f.overallMean()));
      }
      b.append(System.lineSeparator());
    }
    long far = outliers.stream().filter(Outlier::far).count();
    long tiny = outliers.stream().filter(Outlier::tinyCluster).count();
    b.append(String.format(Locale.ROOT, "outliers: %d rows far from every centroid (latent distance more than %.0f sd"
        + " above the mean), %d rows in tiny clusters%n", far, FAR_Z, tiny));
    return b.toString();
  }
}
