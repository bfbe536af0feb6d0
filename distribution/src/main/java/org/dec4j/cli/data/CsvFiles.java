package org.dec4j.cli.data;

import weka.core.Attribute;
import weka.core.Instances;
import weka.core.converters.CSVLoader;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSV with a header row with Weka's {@link CSVLoader}: comma-separated, or separated by ';' (or tabs) when
 * the header line holds those and no comma; a byte-order mark left out. Its errors become one line naming the line
 * and what was expected, and a column of numbers with a few words among them (which Weka would read as text) is
 * refused at the first word. The loader prints the fields of a row it refuses on standard output: that is kept off
 * the user's screen. The file is read whole (its text, then all of Weka's instances), unlike ARFF ({@link
 * ArffFiles}): the messages take their lines from the text. Weka's loader could give the rows one at a time after a
 * first pass over the file; that is not done yet.
 */
final class CsvFiles {
  private static final Pattern WEKA_LINE = Pattern.compile("(?s).*Problem encountered on line: (\\d+).*");

  private CsvFiles() {
  }

  /**
   * @param file a CSV file (not empty)
   * @return its instances
   * @throws IOException with one line saying where and what, if malformed
   */
  static Instances read(Path file) throws IOException {
    String text;
    try (BufferedReader r = TextSource.open(file)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[1 << 16];
      for (int n = r.read(buf); n > 0; n = r.read(buf)) {
        b.append(buf, 0, n);
      }
      text = b.toString();
    }
    String header = firstLine(text);
    if (header.isBlank()) {
      throw new DataFileException(file, 1, "expected a header line naming the columns, found an empty line");
    }
    char separator = separator(header);
    CSVLoader loader = new CSVLoader();
    Instances data;
    PrintStream out = System.out;
    try {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      loader.setFieldSeparator(String.valueOf(separator));
      loader.setSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      data = loader.getDataSet();
    } catch (Exception e) {
      throw translate(file, e, text, separator);
    } finally {
      System.setOut(out);
    }
    checkNumberColumns(file, data, text, separator);
    return data;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
  }

  /** @return ',' unless the header has no comma and has ';' or a tab */
  static char separator(String header) {
    if (header.indexOf(',') >= 0) {
      return ',';
    }
    return header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
  }

  private static IOException translate(Path file, Exception e, String text, char separator) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = WEKA_LINE.matcher(message);
    if (!m.matches()) {
      return new DataFileException(file, 0, message.replaceAll("\\s+", " "), e);
    }
    long line = Long.parseLong(m.group(1));
    String[] lines = text.split("\r?\n", -1);
    int columns = Fields.csv(lines[0], separator).size();
    if (line >= 1 && line <= lines.length) {
      int found = Fields.csv(lines[(int) line - 1], separator).size();
      if (found != columns) {
        return new DataFileException(file, line, "expected " + columns + " values (as the header line has), found "
            + found, e);
      }
    }
    return new DataFileException(file, line, message.replaceAll("\\s+", " "), e);
  }

  /**
   * Weka reads a column as text when one value is not a number: where most values are numbers, the first other
   * one is refused by its line.
   */
  private static void checkNumberColumns(Path file, Instances data, String text, char separator)
      throws IOException {
    for (int j = 0; j < data.numAttributes(); j++) {
      Attribute a = data.attribute(j);
      if (a.isNumeric() || !(a.isString() || a.isNominal())) {
        continue;
      }
      int numbers = 0;
      int others = 0;
      int first = -1;
      for (int i = 0; i < data.numInstances(); i++) {
        if (data.instance(i).isMissing(j)) {
          continue;
        }
        if (Fields.isNumber(data.instance(i).stringValue(j))) {
          numbers++;
        } else if (others++ == 0) {
          first = i;
        }
      }
      if (numbers > others) {
        String value = data.instance(first).stringValue(j);
        throw new DataFileException(file, lineOfRow(text, first), "expected a number for column '" + a.name()
            + "' (column " + (j + 1) + "), found " + TextSource.quote(value) + (value.indexOf(',') >= 0
                ? " (dec4j reads '.' as the decimal point)" : ""));
      }
    }
  }

  /** @return the line (from 1) of a data row, counting the lines that hold something after the header */
  private static long lineOfRow(String text, int row) {
    String[] lines = text.split("\r?\n", -1);
    int seen = -1;
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank() && ++seen == row) {
        return i + 1;
      }
    }
    return 0;
  }
}
