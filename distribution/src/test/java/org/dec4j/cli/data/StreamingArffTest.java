package org.dec4j.cli.data;

import org.dec4j.api.data.Table;
import org.dec4j.weka.WekaTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weka.core.converters.ArffLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ARFF reader that takes rows one at a time into columns ({@link TableReader#read}) gives the table that
 * {@link WekaTables#of} makes of the instances Weka's own {@link ArffLoader} reads: on every bundled data set
 * (missing values, nominal columns, gzip'd files) and on string, date, sparse and relational attributes.
 */
class StreamingArffTest {
  private static final Path DATA = Path.of(System.getProperty("dec4j.data", "../data"));
  private static final Path SHARED = Path.of(System.getProperty("dec4j.shared-data", "../../shared/data"));

  @TempDir
  Path dir;

  static Stream<Path> bundled() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path d : new Path[] { DATA, SHARED }) {
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.getFileName().toString().matches(".*\\.arff(\\.gz)?")).sorted().forEach(files::add);
        }
      }
    }
    assertFalse(files.isEmpty(), "no ARFF files in " + DATA);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void aBundledFileGivesTheTableOfWekasLoader(Path file) throws IOException {
    assertSameTable(weka(file), TableReader.read(file), file.toString());
  }

  @Test
  void stringDateSparseAndMissingValuesAreEachRowsOwn() throws IOException {
    Path f = dir.resolve("kinds.arff");
    Files.writeString(f, "@relation k\n@attribute a numeric\n@attribute s string\n@attribute d date yyyy-MM-dd\n"
        + "@attribute c {x,y}\n@data\n1,hello,2020-01-01,x\n2,world,?,y\n{0 3, 1 sparse}\n?,?,2021-02-03,? {2}\n"
        + "{0 4}\n");
    Table t = TableReader.read(f);
    assertSameTable(weka(f), t, f.toString());
    assertArrayEquals(new double[] { 1, 2, 3, Double.NaN, 4 }, t.column("a").numbers());
    assertArrayEquals(new String[] { "hello", "world", "sparse", null, "hello" }, t.column("s").texts());
    assertEquals(List.of("string", "date"), List.of(t.column("s").typeName(), t.column("d").typeName()));
    assertNull(t.column("d").texts()[1]);
    assertArrayEquals(new int[] { 0, 1, 0, -1, 0 }, t.column("c").codes());
  }

  @Test
  void aRelationalAttributeIsAColumnWithoutValues() throws IOException {
    Path f = dir.resolve("bags.arff");
    Files.writeString(f, "@relation b\n@attribute id {b1,b2}\n@attribute bag relational\n"
        + "  @attribute v numeric\n@end bag\n@attribute class {p,n}\n@data\nb1,\"1\\n2\",p\nb2,\"3\",n\n");
    Table t = TableReader.read(f);
    assertSameTable(weka(f), t, f.toString());
    assertEquals(Table.Kind.OTHER, t.column("bag").kind());
    assertNull(t.column("bag").texts());
  }

  @Test
  void rowsAcrossManyChunksKeepTheirOrder() throws IOException {
    StringBuilder b = new StringBuilder("@relation r\n@attribute i numeric\n@attribute c {e,o}\n@data\n");
    int n = 9_001;
    for (int i = 0; i < n; i++) {
      b.append(i % 97 == 0 ? "?" : Integer.toString(i)).append(i % 2 == 0 ? ",e\n" : ",o\n");
    }
    Path f = dir.resolve("rows.arff");
    Files.writeString(f, b);
    Table t = TableReader.read(f);
    assertSameTable(weka(f), t, f.toString());
    assertEquals(n, t.rows());
    assertEquals(9000.0, t.column("i").numbers()[n - 1]);
  }

  private static Table weka(Path file) throws IOException {
    ArffLoader loader = new ArffLoader();
    try (InputStream raw = Files.newInputStream(file)) {
      InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      loader.setSource(in);
      return WekaTables.of(loader.getDataSet());
    }
  }

  private static void assertSameTable(Table expected, Table actual, String file) {
    assertEquals(expected.rows(), actual.rows(), file);
    assertEquals(expected.names(), actual.names(), file);
    for (Table.Column e : expected.columns()) {
      Table.Column a = actual.column(e.name());
      String where = file + " column " + e.name();
      assertEquals(e.kind(), a.kind(), where);
      assertEquals(e.typeName(), a.typeName(), where);
      assertEquals(e.levels(), a.levels(), where);
      assertTrue(Arrays.equals(e.numbers(), a.numbers()), where);
      assertArrayEquals(e.codes(), a.codes(), where);
      assertArrayEquals(e.texts(), a.texts(), where);
    }
  }
}
