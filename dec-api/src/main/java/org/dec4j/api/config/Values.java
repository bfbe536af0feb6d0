package org.dec4j.api.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** How setting values are read, compared, copied and printed: arrays by content, numbers in plain notation. */
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

  /**
   * Reads a value from text as a user types it: numbers, true/false, an enum's name in any case (hyphens for
   * underscores), sizes separated by commas.
   *
   * @param name the setting's name, for messages
   * @param type its value type
   * @param choices an enum's constants' names
   * @param text the text
   * @return the value (not yet checked against the rule)
   * @throws IllegalArgumentException naming the setting and what was expected
   */
  static Object parse(String name, Class<?> type, List<String> choices, String text) {
    String t = text == null ? "" : text.trim();
    try {
      if (type == Integer.class) {
        return Integer.parseInt(t);
      } else if (type == Long.class) {
        return Long.parseLong(t);
      } else if (type == Double.class) {
        return Double.parseDouble(t);
      } else if (type == Boolean.class) {
        if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
          throw new IllegalArgumentException(name + " must be true or false (got '" + text + "')");
        }
        return Boolean.parseBoolean(t);
      } else if (type == int[].class) {
        return Arrays.stream(t.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
      } else if (type.isEnum()) {
        String key = t.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Object c : type.getEnumConstants()) {
          if (((Enum<?>) c).name().equals(key)) {
            return c;
          }
        }
        throw new IllegalArgumentException(name + " must be one of " + String.join(", ", choices) + " (got '" + t
            + "')");
      }
      return t;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be " + (type == int[].class ? "comma-separated integers"
          : type == Double.class ? "a number" : "an integer") + " (got '" + text + "')");
    }
  }

  /**
   * @param value a value of a setting's type
   * @return the text {@link #parse} reads back: "500,500,2000,10", "0.001", "RELU"
   */
  static String format(Object value) {
    if (value instanceof int[] a) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < a.length; i++) {
        b.append(i == 0 ? "" : ",").append(a[i]);
      }
      return b.toString();
    }
    if (value instanceof Double d) {
      return formatDouble(d);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(value);
  }
}
