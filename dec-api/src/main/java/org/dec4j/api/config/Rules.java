package org.dec4j.api.config;

import java.util.Arrays;
import java.util.Locale;

/** The rules settings follow, each with its wording and a value it refuses (for the front-ends' tests). */
final class Rules {
  private Rules() {
  }

  /**
   * A rule a value must follow.
   *
   * @param <T> value type
   */
  interface Rule<T> {
    /**
     * @param value the value
     * @return null if allowed, else what it must be ("at least 1")
     */
    String violation(T value);

    /** @return the rule in words, "" if none */
    String text();

    /** @return a refused value, or null if every value is allowed */
    T invalidExample();
  }

  /**
   * @param <T> value type
   * @return no rule beyond the type
   */
  static <T> Rule<T> any() {
    return new Rule<>() {
      @Override
      public String violation(T value) {
        return null;
      }

      @Override
      public String text() {
        return "";
      }

      @Override
      public T invalidExample() {
        return null;
      }
    };
  }

  /**
   * @param min the least value
   * @return integers of at least min
   */
  static Rule<Integer> atLeast(int min) {
    return new Rule<>() {
      @Override
      public String violation(Integer value) {
        return value >= min ? null : text();
      }

      @Override
      public String text() {
        return "at least " + min;
      }

      @Override
      public Integer invalidExample() {
        return min - 1;
      }
    };
  }

  /** @return finite numbers above 0 */
  static Rule<Double> positive() {
    return new Rule<>() {
      @Override
      public String violation(Double value) {
        return value > 0 && Double.isFinite(value) ? null : text();
      }

      @Override
      public String text() {
        return "a positive number";
      }

      @Override
      public Double invalidExample() {
        return -0.5;
      }
    };
  }

  /**
   * @param low lower bound
   * @param lowIncluded whether low itself is allowed
   * @param high upper bound
   * @param highIncluded whether high itself is allowed
   * @return numbers in the interval
   */
  static Rule<Double> interval(double low, boolean lowIncluded, double high, boolean highIncluded) {
    return new Rule<>() {
      @Override
      public String violation(Double v) {
        boolean ok = (lowIncluded ? v >= low : v > low) && (highIncluded ? v <= high : v < high);
        return ok ? null : text();
      }

      @Override
      public String text() {
        return String.format(Locale.ROOT, "in %s%s, %s%s", lowIncluded ? "[" : "(", Values.formatDouble(low)
            .replaceAll("\\.0$", ""), Values.formatDouble(high).replaceAll("\\.0$", ""), highIncluded ? "]" : ")");
      }

      @Override
      public Double invalidExample() {
        return highIncluded ? high + 0.5 : high;
      }
    };
  }

  /** @return one or more layer sizes, each at least 1 */
  static Rule<int[]> sizes() {
    return new Rule<>() {
      @Override
      public String violation(int[] v) {
        return v.length > 0 && Arrays.stream(v).allMatch(s -> s >= 1) ? null : text();
      }

      @Override
      public String text() {
        return "one or more sizes, each at least 1";
      }

      @Override
      public int[] invalidExample() {
        return new int[] { 500, 0, 10 };
      }
    };
  }

  /** @return text that is not blank */
  static Rule<String> notBlank() {
    return new Rule<>() {
      @Override
      public String violation(String v) {
        return v.isBlank() ? text() : null;
      }

      @Override
      public String text() {
        return "a name";
      }

      @Override
      public String invalidExample() {
        return "";
      }
    };
  }
}
