package org.dec4j.cli.data;

import org.dec4j.api.data.Table;
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
 */
public final class TableReader {
  private TableReader() {
  }

  /**
   * @param file ARFF, ARFF.gz or CSV
   * @return the data, every column of the file
   * @throws IOException if missing, unreadable or malformed
   */
  public static Table read(Path file) throws IOException {
    return WekaTables.of(load(file));
  }

  /**
   * Reads a file with Weka's ARFF or CSV loader.
   *
   * @param file ARFF, ARFF.gz or CSV
   * @return the instances
   * @throws IOException if missing, unreadable or malformed
   */
  public static Instances load(Path file) throws IOException {
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
    Instances data;
    try {
      data = csv ? CsvFiles.read(file) : ArffFiles.read(file);
    } catch (DataFileException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new DataFileException(file, 0, "cannot read it (" + e + ")", e);
    }
    if (data.numInstances() == 0) {
      throw new DataFileException(file, 0, "there are no data rows" + (csv ? " after the header line" : ""));
    }
    return data;
  }
}
