package org.dec4j.cli.data;

import org.dec4j.api.data.Table;
import org.dec4j.weka.TableBuilder;
import org.dec4j.weka.WekaTables;
import weka.core.Instances;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads ARFF, gzip'd ARFF and CSV files (header row) with Weka's loaders into a dec4j {@link Table}, which the one
 * {@link org.dec4j.api.data.Preparation} turns into features as Weka and ELKI do. A file that cannot be read gets
 * one line ({@link DataFileException}): the file, the line where known, and what was expected there.
 *
 * <p>ARFF is read a row at a time straight into the table's columns ({@link TableBuilder}), so the file is never
 * held as Weka's instances too; the table is the one {@link WekaTables#of(Instances)} makes of them. CSV is still
 * read whole: {@link CsvFiles} keeps the file's text for the line numbers of its messages and hands all the
 * instances of Weka's {@code CSVLoader} to {@link WekaTables#of(Instances)}. The loader itself (3.8.6) could be
 * read a row at a time ({@code getStructure} makes one pass, dumping the rows to a temporary file, then
 * {@code getNextInstance}); for large data, ARFF is the form that is read without copies.
 */
public final class TableReader {
  private TableReader() {
  }

  /** A read that may fail with a loader's exception. */
  private interface Read<T> {
    T run() throws IOException;
  }

  /**
   * @param file ARFF, ARFF.gz or CSV
   * @return the data, every column of the file
   * @throws IOException if missing, unreadable or malformed
   */
  public static Table read(Path file) throws IOException {
    if (check(file)) {
      return WekaTables.of(load(file));
    }
    Table table = guarded(file, () -> ArffFiles.read(file, TableBuilder::new, TableBuilder::add).build());
    return nonEmpty(file, table.rows(), false, table);
  }

  /**
   * Reads a file with Weka's ARFF or CSV loader.
   *
   * @param file ARFF, ARFF.gz or CSV
   * @return the instances
   * @throws IOException if missing, unreadable or malformed
   */
  public static Instances load(Path file) throws IOException {
    boolean csv = check(file);
    Instances data = guarded(file, () -> csv ? CsvFiles.read(file) : ArffFiles.read(file));
    return nonEmpty(file, data.numInstances(), csv, data);
  }

  /** @return whether the file is CSV (else ARFF), after checking that it exists, is named so and is not empty */
  private static boolean check(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such input file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean csv = name.endsWith(".csv");
    if (!(name.endsWith(".arff") || name.endsWith(".arff.gz") || csv)) {
      throw new IOException("cannot read " + file + ": expected a .arff, .arff.gz or .csv file");
    }
    if (Files.size(file) == 0) {
      throw new DataFileException(file, 0, "the file is empty");
    }
    return csv;
  }

  /** Runs a read, giving an unexpected failure of the loader one line too. */
  private static <T> T guarded(Path file, Read<T> read) throws IOException {
    try {
      return read.run();
    } catch (DataFileException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DataFileException(file, 0, "cannot read it (" + e + ")", e);
    }
  }

  private static <T> T nonEmpty(Path file, int rows, boolean csv, T data) throws DataFileException {
    if (rows == 0) {
      throw new DataFileException(file, 0, "there are no data rows" + (csv ? " after the header line" : ""));
    }
    return data;
  }
}
