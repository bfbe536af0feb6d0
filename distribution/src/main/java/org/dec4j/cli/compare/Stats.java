package org.dec4j.cli.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Mean and sample standard deviation of a measure over the runs that produced it.
 *
 * @param mean mean (NaN without values)
 * @param sd sample standard deviation (0 for one value)
 * @param n number of values
 */
public record Stats(double mean, double sd, int n) {
  /**
   * @param values the values (NaN ones are left out)
   * @return their statistics
   */
  public static Stats of(List<Double> values) {
    double s = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        s += v;
        n++;
      }
    }
    if (n == 0) {
      return new Stats(Double.NaN, Double.NaN, 0);
    }
    double mean = s / n;
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    return new Stats(mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0, n);
  }

  /**
   * @param items things that were measured (a null one counts as not measured)
   * @param measure the measure of one (NaN: not measured)
   * @param <T> their type
   * @return the statistics of the measure over the items
   */
  public static <T> Stats of(List<T> items, ToDoubleFunction<? super T> measure) {
    List<Double> values = new ArrayList<>();
    for (T t : items) {
      values.add(t == null ? Double.NaN : measure.applyAsDouble(t));
    }
    return of(values);
  }

  /**
   * @param digits decimals
   * @return "mean ± sd", or "-" without values
   */
  public String format(int digits) {
    if (n == 0) {
      return "-";
    }
    String f = "%." + digits + "f";
    return String.format(Locale.ROOT, f + " ± " + f, mean, sd);
  }
}
