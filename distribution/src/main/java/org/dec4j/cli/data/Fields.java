package org.dec4j.cli.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a data file into its values, by the rules of Weka's loaders, to say which value of a line
 * they refused and to count the values of each ARFF row (Weka's ARFF reader ignores values beyond the last
 * attribute).
 */
final class Fields {
  private Fields() {
  }

  /**
   * An ARFF data line: values separated by commas or white space, quoted with ' or " (backslash escapes), a
   * comment from % to the end; braces are tokens of their own (sparse rows, instance weights).
   *
   * @param line the line
   * @return its tokens
   */
  static List<String> arff(String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == ',' || c <= ' ') {
        i++;
      } else if (c == '%') {
        break;
      } else if (c == '{' || c == '}') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder b = new StringBuilder();
        i = quoted(line, i, b);
        out.add(b.toString());
      } else {
        int start = i;
        while (i < n && line.charAt(i) > ' ' && ",%{}'\"".indexOf(line.charAt(i)) < 0) {
          i++;
        }
        out.add(line.substring(start, i));
      }
    }
    return out;
  }

  /**
   * A CSV line: values separated by one character, quoted with " or ' (a doubled quote inside stands for one),
   * white space around a value left out.
   *
   * @param line the line
   * @param separator the separator
   * @return its values
   */
  static List<String> csv(String line, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
        i = quoted(line, i, b);
        while (i < n && line.charAt(i) != separator) {
          i++;
        }
      } else {
        while (i < n && line.charAt(i) != separator) {
          b.append(line.charAt(i++));
        }
      }
      out.add(b.toString().trim());
      b.setLength(0);
      if (i >= n) {
        return out;
      }
      i++;
    }
  }

  private static int quoted(String line, int start, StringBuilder b) {
    char q = line.charAt(start);
    int i = start + 1;
    while (i < line.length()) {
      char c = line.charAt(i++);
      if (c == '\\' && i < line.length()) {
        b.append(line.charAt(i++));
      } else if (c == q && i < line.length() && line.charAt(i) == q) {
        b.append(q);
        i++;
      } else if (c == q) {
        break;
      } else {
        b.append(c);
      }
    }
    return i;
  }

  /**
   * @param value a value as written
   * @return whether it reads as a number
   */
  static boolean isNumber(String value) {
    try {
      Double.parseDouble(value.trim());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
