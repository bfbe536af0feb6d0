package org.dec4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A malformed data file ends the command with exit code 2 and exactly one line, which names the file, the line
 * and what was expected there; the loader's stack trace only with --debug. Files that are fine in a less common
 * form (a byte-order mark, ';' as the separator, quoted fields) are read.
 */
class ReadErrorsTest {
  private static final String HEAD = "@relation t\n@attribute a numeric\n@attribute b numeric\n@data\n";

  @TempDir
  Path dir;

  private Path file(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private Path file(String name, String content) throws IOException {
    return file(name, content.replace("|", "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static String[] cluster(Path input, String... more) {
    String[] base = { "cluster", "--input", input.toString(), "--k", "2", "--layers", "8,2", "--pretrain-layer-steps",
        "5", "--pretrain-steps", "5", "--max-iter", "5", "--quiet" };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** @return the one line on stderr, after asserting exit code 2 and that there is only that line */
  private static String oneLine(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(err, true), args);
    assertEquals(2, code, err.toString());
    String text = err.toString();
    assertEquals(1, text.lines().count(), "one line expected: " + text);
    return text.strip();
  }

  private void refused(Path f, String expected) {
    assertEquals("dec cluster: error: " + f + expected, oneLine(cluster(f)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "text.arff; 1,2|3,4|5,x|; ' line 7: expected a number for attribute ''b'' (column 2), found ''x'''",
      "ragged-long.arff; 1,2|3,4,5|5,6|; ' line 6: expected 2 values, found 3'",
      "ragged-short.arff; 1,2|3|5,6|; ' line 6: expected 2 values, found 1'",
      "headeronly.arff; ''; ': there are no data rows'" })
  void arffErrorsNameTheLineAndWhatWasExpected(String name, String rows, String expected) throws IOException {
    refused(file(name, HEAD + rows), expected);
  }

  @Test
  void undeclaredNominalValueListsTheLevels() throws IOException {
    Path f = file("nominal.arff", "@relation t|@attribute a numeric|@attribute b {u,v}|@data|1,u|3,w|");
    refused(f, " line 6: expected one of {u,v} for attribute 'b' (column 2), found 'w'");
  }

  @Test
  void garbageEmptyAndNotGzipFiles() throws IOException {
    refused(file("garbage.arff", new byte[] { 7, 'P', 'K', 3, 4, '\n', 0 }), " line 1: keyword @relation expected,"
        + " found 'PK'");
    refused(file("empty.arff", ""), ": the file is empty");
    refused(file("empty.csv", ""), ": the file is empty");
    refused(file("plain.arff.gz", HEAD + "1,2|"), ": not a valid gzip file (Not in GZIP format)");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((HEAD + "1,2\n3,4\n5,6\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] cut = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() - 12);
    refused(file("cut.arff.gz", cut), ": not a valid gzip file (Unexpected end of ZLIB input stream)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "short.csv; a,b|1,2|3|5,6|; ' line 3: expected 2 values (as the header line has), found 1'",
      "long.csv; a,b|1,2|3,4,5|5,6|; ' line 3: expected 2 values (as the header line has), found 3'",
      "text.csv; a,b|1,2|3,x|5,6|; ' line 3: expected a number for column ''b'' (column 2), found ''x'''",
      "comma.csv; a,b|1,2|\"3,5\",4|5,6|; ' line 3: expected a number for column ''a'' (column 1), found ''3,5'' "
          + "(dec4j reads ''.'' as the decimal point)'",
      "header.csv; a,b|; ': there are no data rows after the header line'" })
  void csvErrorsNameTheLineAndWhatWasExpected(String name, String content, String expected) throws IOException {
    refused(file(name, content), expected);
  }

  @Test
  void aByteOrderMarkSemicolonsAndQuotedFieldsAreRead() throws IOException {
    byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    byte[] rows = "a,b\n1,2\n3,4\n5,6\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = java.util.Arrays.copyOf(bom, bom.length + rows.length);
    System.arraycopy(rows, 0, both, bom.length, rows.length);
    for (Path f : new Path[] { file("bom.csv", both), file("semi.csv", "a;b|1;2|3;4|5;6|"),
        file("quoted.csv", "\"a\",'b'|\"1\",2|3,'4'|5,6|") }) {
      org.dec4j.api.data.Table t = org.dec4j.cli.data.TableReader.read(f);
      assertEquals(java.util.List.of("a", "b"), t.columns().stream().map(c -> c.name()).toList(), f.toString());
      assertEquals(3, t.rows(), f.toString());
    }
  }

  @Test
  void debugAddsTheLoadersStackTrace() throws IOException {
    Path f = file("text.arff", HEAD + "1,2|3,x|");
    StringWriter err = new StringWriter();
    assertEquals(2, Main.run(new PrintWriter(err, true), cluster(f, "--debug")));
    assertTrue(err.toString().contains("\tat weka.core.converters.ArffLoader"), err.toString());
    assertTrue(err.toString().strip().endsWith("dec cluster: error: " + f + " line 6: expected a number for"
        + " attribute 'b' (column 2), found 'x'"), err.toString());
  }
}
