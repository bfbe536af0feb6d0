package org.dec4j.cli.data;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader.ArffReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ARFF (and gzip'd ARFF) with Weka's {@link ArffReader}, turning its errors ({@code number expected, read
 * Token[x], line 8}) into one line that names the attribute and the value, and refusing rows with more values
 * than attributes, which Weka's reader would drop without a word. The rows are read one at a time and handed on,
 * so a reader that keeps only columns never holds the file as Weka's instances; string values are
 * kept in the header (as Weka's own loader keeps them), so every row has its own.
 */
final class ArffFiles {
  /** Weka's form: what it expected, the token it read, the tokenizer's line. */
  private static final Pattern WEKA = Pattern.compile("(?s)(.*?),? read (Token\\[.*?\\]|.*?), line (\\d+)\\.?");
  private static final int LISTED_LEVELS = 8;

  private ArffFiles() {
  }

  /**
   * @param file an ARFF or ARFF.gz file (not empty)
   * @return its instances
   * @throws IOException with one line saying where and what, if malformed
   */
  static Instances read(Path file) throws IOException {
    Instances data = read(file, structure -> new Instances(structure, 1000), Instances::add);
    data.compactify();
    return data;
  }

  /**
   * Reads a file a row at a time, never holding more than one row as Weka's instance.
   *
   * @param file an ARFF or ARFF.gz file (not empty)
   * @param start makes what the rows go to, from the header
   * @param add hands it one row (its string values are those of the header the rows were started with)
   * @param <T> what the rows go to
   * @return that, every row handed to it
   * @throws IOException with one line saying where and what, if malformed
   */
  static <T> T read(Path file, Function<Instances, T> start, BiConsumer<T, Instance> add) throws IOException {
    Instances structure;
    T rows;
    try (BufferedReader r = TextSource.open(file)) {
      ArffReader arff;
      try {
        arff = new ArffReader(r, 1000, false);
      } catch (IOException e) {
        throw translate(file, e, null);
      }
      arff.setRetainStringValues(true);
      structure = arff.getStructure();
      rows = start.apply(structure);
      try {
        for (Instance row = arff.readInstance(structure); row != null; row = arff.readInstance(structure)) {
          add.accept(rows, row);
        }
      } catch (IOException | RuntimeException e) {
        throw translate(file, e, structure);
      }
    }
    checkValueCounts(file, structure);
    return rows;
  }

  private static IOException translate(Path file, Exception e, Instances structure) throws IOException {
    if (TextSource.gzipped(file) && (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException)) {
      return TextSource.notGzip(file, (IOException) e);
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = WEKA.matcher(message.trim());
    if (!m.matches()) {
      return new DataFileException(file, 0, message.replaceAll("\\s+", " "), e);
    }
    String token = token(m.group(2));
    long line = Long.parseLong(m.group(3));
    if (token == null) {
      line--; // the tokenizer has counted the end of line it read
    }
    String what = structure == null ? null : dataLine(structure, TextSource.line(file, line));
    if (what == null) {
      what = m.group(1).trim() + ", found " + (token == null ? "the end of the line" : TextSource.quote(token));
    }
    return new DataFileException(file, line, what, e);
  }

  /** @return the token's text, or null for an end of line */
  private static String token(String t) {
    if (!t.startsWith("Token[") || !t.endsWith("]")) {
      return t;
    }
    String s = t.substring(6, t.length() - 1);
    if ("EOL".equals(s)) {
      return null;
    }
    if ("EOF".equals(s)) {
      return "end of file";
    }
    return s.startsWith("n=") ? s.substring(2) : s;
  }

  /**
   * @param structure the attributes
   * @param line a data line Weka refused (or null)
   * @return what is wrong with it, or null if nothing is found
   */
  static String dataLine(Instances structure, String line) {
    if (line == null || line.trim().startsWith("{")) {
      return null;
    }
    List<String> values = values(line);
    if (values.size() != structure.numAttributes()) {
      return "expected " + structure.numAttributes() + " values, found " + values.size();
    }
    for (int j = 0; j < values.size(); j++) {
      Attribute a = structure.attribute(j);
      String v = values.get(j);
      if ("?".equals(v)) {
        continue;
      }
      String which = " for attribute '" + a.name() + "' (column " + (j + 1) + "), found " + TextSource.quote(v);
      if (a.isNumeric() && !Fields.isNumber(v)) {
        return "expected a number" + which;
      }
      if (a.isNominal() && a.indexOfValue(v) < 0) {
        return "expected one of " + levels(a) + which;
      }
    }
    return null;
  }

  private static String levels(Attribute a) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < a.numValues() && i < LISTED_LEVELS; i++) {
      b.append(i > 0 ? "," : "").append(a.value(i));
    }
    return b.append(a.numValues() > LISTED_LEVELS ? ",...}" : "}").toString();
  }

  /** @return a dense data line's values, without a trailing instance weight {w} */
  private static List<String> values(String line) {
    List<String> t = Fields.arff(line);
    int n = t.size();
    if (n >= 3 && "}".equals(t.get(n - 1)) && "{".equals(t.get(n - 3))) {
      return t.subList(0, n - 3);
    }
    return t;
  }

  /** Weka reads the first values of a row and drops the rest: a row with more is refused here. */
  private static void checkValueCounts(Path file, Instances structure) throws IOException {
    if (structure.checkForAttributeType(Attribute.RELATIONAL)) {
      return;
    }
    try (BufferedReader r = TextSource.open(file)) {
      long number = 0;
      boolean data = false;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        String s = line.trim();
        if (!data) {
          data = s.toLowerCase(Locale.ROOT).startsWith("@data");
        } else if (!s.isEmpty() && !s.startsWith("%") && !s.startsWith("{")) {
          int n = values(s).size();
          if (n > structure.numAttributes()) {
            throw new DataFileException(file, number, "expected " + structure.numAttributes() + " values, found "
                + n);
          }
        }
      }
    }
  }
}
