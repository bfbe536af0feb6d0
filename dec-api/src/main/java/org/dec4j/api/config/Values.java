package org.dec4j.api.config;

import java.util.Arrays;
import java.util.Objects;

/** How setting values are compared, copied and printed: arrays by content, numbers in plain notation. */
final class Values {
  private Values() {
  }

  /**
   * @param d a number
   * @return it in plain notation ("0.0005", "20000.0")
   */
  static String formatDouble(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d) + ".0";
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * @param a a value
   * @param b another
   * @return whether they are equal (arrays by content)
   */
  static boolean same(Object a, Object b) {
    if (a instanceof int[] x && b instanceof int[] y) {
      return Arrays.equals(x, y);
    }
    return Objects.equals(a, b);
  }

  /**
   * @param v a value
   * @param <V> its type
   * @return a copy of an array, the value itself otherwise
   */
  @SuppressWarnings("unchecked")
  static <V> V copy(V v) {
    return v instanceof int[] a ? (V) a.clone() : v;
  }
}
