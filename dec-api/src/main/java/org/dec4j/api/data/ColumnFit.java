package org.dec4j.api.data;

import org.dec4j.api.config.Scaling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The statistics a {@link Preparation} fits on one column of training data: its values present, their quantiles,
 * and Tukey's far-out fences q1 - 3 IQR, q3 + 3 IQR beyond which a column counts as heavy-tailed.
 */
final class ColumnFit {
  /** Tukey's far-out fence, in interquartile ranges beyond the quartiles. */
  static final double FENCE_IQR = 3.0;

  /**
   * What the fit keeps of a column's sorted values (not the values: a copy of every column would double the
   * data in memory while the preparation is fitted).
   *
   * @param count number of values present
   * @param min smallest
   * @param q1 first quartile
   * @param median median
   * @param q3 third quartile
   * @param max largest
   */
  record Summary(int count, double min, double q1, double median, double q3, double max) {
    /**
     * @param sorted sorted values, at least one
     * @return their summary
     */
    static Summary of(double[] sorted) {
      return new Summary(sorted.length, sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5),
          quantile(sorted, 0.75), sorted[sorted.length - 1]);
    }
  }

  private ColumnFit() {
  }

  /**
   * @param cols the columns' preparations so far
   * @param summaries each column's values present, summarised
   * @param scaling the engine's scaling setting
   * @return whether the engine will scale per column (so a few extreme values would squash the rest)
   */
  static boolean perColumnScaling(List<ColumnPrep> cols, List<Summary> summaries, Scaling scaling) {
    if (scaling != Scaling.AUTO) {
      return scaling == Scaling.MIN_MAX || scaling == Scaling.STANDARDIZE;
    }
    List<Double> min = new ArrayList<>();
    List<Double> max = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      Summary v = summaries.get(c);
      boolean numeric = cols.get(c).kind() == ColumnPrep.Kind.NUMERIC;
      for (int f = 0; f < cols.get(c).width(); f++) {
        min.add(numeric ? v.min() : 0.0);
        max.add(numeric ? v.max() : 1.0);
      }
    }
    return Scaling.resolveAuto(min.stream().mapToDouble(Double::doubleValue).toArray(),
        max.stream().mapToDouble(Double::doubleValue).toArray()) != Scaling.GLOBAL_MAX;
  }

  /**
   * @param c a column's preparation
   * @param v its values present, summarised
   * @return the same preparation, clipped to the far-out fences if some values lie beyond them
   */
  static ColumnPrep clipIfHeavy(ColumnPrep c, Summary v) {
    if (c.kind() != ColumnPrep.Kind.NUMERIC) {
      return c;
    }
    double iqr = v.q3() - v.q1();
    double low = v.q1() - FENCE_IQR * iqr;
    double high = v.q3() + FENCE_IQR * iqr;
    if (iqr <= 0 || (v.min() >= low && v.max() <= high)) {
      return c;
    }
    return ColumnPrep.numeric(c.name(), c.impute(), v.min() < low ? low : Double.NEGATIVE_INFINITY,
        v.max() > high ? high : Double.POSITIVE_INFINITY);
  }

  /**
   * @param c a column
   * @return its sorted values present (nominal: level codes)
   */
  static double[] present(Table.Column c) {
    double[] v = new double[c.rows()];
    int m = 0;
    for (int i = 0; i < v.length; i++) {
      if (!c.missing(i)) {
        v[m++] = c.kind() == Table.Kind.NOMINAL ? c.codes()[i] : c.numbers()[i];
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

  /**
   * @param c a column
   * @param position its position, from 1, for the message
   * @throws IllegalArgumentException naming the first infinite value of a numeric column
   */
  static void requireFinite(Table.Column c, int position) {
    if (c.kind() != Table.Kind.NUMERIC) {
      return;
    }
    for (int i = 0; i < c.rows(); i++) {
      if (Double.isInfinite(c.numbers()[i])) {
        throw new IllegalArgumentException("row " + i + ", column " + position + " ('" + c.name() + "') holds "
            + c.numbers()[i] + "; every value must be a finite number");
      }
    }
  }
}
