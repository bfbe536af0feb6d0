package org.dec4j.cli.data;

import org.dec4j.api.config.Scaling;
import org.dec4j.cli.data.InputSchema.MissingValues;
import weka.core.Attribute;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits the preparation of every feature column of a training file ({@link ColumnPrep}): medians for missing
 * numbers, a level of their own for missing nominal values, one-hot levels, and clipping of heavy-tailed numeric
 * columns. A numeric column is heavy-tailed when some of its values lie beyond Tukey's far-out fences
 * (q1 - 3 IQR, q3 + 3 IQR, IQR &gt; 0); it is clipped to them when tails are clipped and the scaling the engine
 * will use is per column (min-max or standardisation, which a few extreme values would otherwise squash), not for
 * intensity data such as pixels, which keep their values.
 */
public final class ColumnFitter {
  /** Tukey's far-out fence, in interquartile ranges beyond the quartiles. */
  public static final double FENCE_IQR = 3.0;

  /** What to do with heavy-tailed numeric columns. */
  public enum Tails {
    /** Clip them to the far-out fences when the engine scales per column. */
    CLIP,
    /** Keep them. */
    KEEP
  }

  private ColumnFitter() {
  }

  /**
   * @param data training instances
   * @param features the feature attributes (numeric or nominal)
   * @param missing how missing values are handled
   * @param tails what to do with heavy tails
   * @param scaling the engine's scaling setting
   * @return one preparation per feature attribute
   */
  public static List<ColumnPrep> fit(Instances data, List<Attribute> features, MissingValues missing, Tails tails,
      Scaling scaling) {
    List<ColumnPrep> out = new ArrayList<>();
    List<double[]> sorted = new ArrayList<>();
    for (Attribute att : features) {
      double[] v = present(data, att);
      if (v.length == 0) {
        throw new IllegalArgumentException("column '" + att.name() + "' has no values at all; remove it");
      }
      sorted.add(v);
      boolean hasMissing = v.length < data.numInstances();
      boolean impute = missing == MissingValues.IMPUTE;
      if (att.isNominal()) {
        List<String> levels = new ArrayList<>();
        for (int l = 0; l < att.numValues(); l++) {
          levels.add(att.value(l));
        }
        out.add(ColumnPrep.nominal(att.name(), levels, impute && hasMissing));
      } else {
        out.add(ColumnPrep.numeric(att.name(), impute ? quantile(v, 0.5) : Double.NaN, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY));
      }
    }
    if (tails == Tails.CLIP && perColumnScaling(out, sorted, scaling)) {
      for (int c = 0; c < out.size(); c++) {
        out.set(c, clipIfHeavy(out.get(c), sorted.get(c)));
      }
    }
    return out;
  }

  private static boolean perColumnScaling(List<ColumnPrep> cols, List<double[]> sorted, Scaling scaling) {
    if (scaling != Scaling.AUTO) {
      return scaling == Scaling.MIN_MAX || scaling == Scaling.STANDARDIZE;
    }
    List<Double> min = new ArrayList<>();
    List<Double> max = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      double[] v = sorted.get(c);
      for (int f = 0; f < cols.get(c).width(); f++) {
        boolean numeric = cols.get(c).kind() == ColumnPrep.Kind.NUMERIC;
        min.add(numeric ? v[0] : 0.0);
        max.add(numeric ? v[v.length - 1] : 1.0);
      }
    }
    return Scaling.resolveAuto(min.stream().mapToDouble(Double::doubleValue).toArray(),
        max.stream().mapToDouble(Double::doubleValue).toArray()) != Scaling.GLOBAL_MAX;
  }

  private static ColumnPrep clipIfHeavy(ColumnPrep c, double[] v) {
    if (c.kind() != ColumnPrep.Kind.NUMERIC) {
      return c;
    }
    double q1 = quantile(v, 0.25);
    double q3 = quantile(v, 0.75);
    double iqr = q3 - q1;
    double low = q1 - FENCE_IQR * iqr;
    double high = q3 + FENCE_IQR * iqr;
    if (iqr <= 0 || (v[0] >= low && v[v.length - 1] <= high)) {
      return c;
    }
    return ColumnPrep.numeric(c.name(), c.impute(), v[0] < low ? low : Double.NEGATIVE_INFINITY,
        v[v.length - 1] > high ? high : Double.POSITIVE_INFINITY);
  }

  /** Sorted non-missing values (nominal: level indices). */
  private static double[] present(Instances data, Attribute att) {
    double[] v = new double[data.numInstances()];
    int m = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).isMissing(att)) {
        v[m++] = data.instance(i).value(att);
      }
    }
    double[] s = Arrays.copyOf(v, m);
    Arrays.sort(s);
    return s;
  }

  /**
   * Linear-interpolated quantile of sorted values (the median of an even count is the mean of the middle two).
   *
   * @param sorted sorted values, at least one
   * @param q quantile in [0, 1]
   * @return the quantile
   */
  static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }
}
