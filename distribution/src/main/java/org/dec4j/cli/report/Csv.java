package org.dec4j.cli.report;

import java.util.Locale;

/** Cells of the CSV files the reports write: numbers with six decimals (empty when unknown), text quoted. */
public final class Csv {
  private Csv() {
  }

  /**
   * @param v a number
   * @return it with six decimals, or empty for NaN
   */
  public static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }

  /**
   * @param s a text, or null
   * @return it in double quotes (quotes inside doubled), or empty for null
   */
  public static String text(String s) {
    return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
