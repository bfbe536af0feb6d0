package org.dec4j.cli.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A table of text cells, printed with aligned columns under a rule, or as Markdown. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** @param header the column titles */
  public TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /**
   * @param cells one row, a cell per column
   * @return this table
   * @throws IllegalArgumentException if the row has another number of cells than the header
   */
  public TextTable add(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(cells.size() + " cells in a table of " + header.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** @param out where to print the header, a rule and the rows, each column as wide as its widest cell */
  public void print(PrintStream out) {
    int[] w = new int[header.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = header.get(c).length();
      for (List<String> r : rows) {
        w[c] = Math.max(w[c], r.get(c).length());
      }
    }
    out.println(line(header, w));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < w.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(w[c]));
    }
    out.println(rule);
    for (List<String> r : rows) {
      out.println(line(r, w));
    }
  }

  private static String line(List<String> cells, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      b.append(c == 0 ? "" : "  ").append(String.format("%-" + w[c] + "s", cells.get(c)));
    }
    return b.toString().stripTrailing();
  }

  /** @return the table in Markdown (a '|' inside a cell escaped) */
  public String markdown() {
    StringBuilder b = new StringBuilder(markdownRow(header)).append('|');
    for (int c = 0; c < header.size(); c++) {
      b.append(" --- |");
    }
    b.append('\n');
    for (List<String> r : rows) {
      b.append(markdownRow(r));
    }
    return b.toString();
  }

  private static String markdownRow(List<String> cells) {
    return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
  }
}
