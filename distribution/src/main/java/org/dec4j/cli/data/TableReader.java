package org.dec4j.cli.data;

import org.dec4j.api.data.Table;
import org.dec4j.weka.WekaTables;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads ARFF, gzip'd ARFF and CSV files (header row) with Weka's loaders into a dec4j {@link Table}, which the one
 * {@link org.dec4j.api.data.Preparation} turns into features as Weka and ELKI do.
 */
public final class TableReader {
  private TableReader() {
  }

  /**
   * @param file ARFF, ARFF.gz or CSV
   * @return the data, every column of the file
   * @throws IOException if missing or unreadable
   */
  public static Table read(Path file) throws IOException {
    return WekaTables.of(load(file));
  }

  /**
   * Reads a file with Weka.
   *
   * @param file ARFF, ARFF.gz or CSV
   * @return the instances
   * @throws IOException if missing or unreadable
   */
  public static Instances load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such input file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".arff") || name.endsWith(".arff.gz") || name.endsWith(".csv"))) {
      throw new IOException("cannot read " + file + ": expected a .arff, .arff.gz or .csv file");
    }
    try {
      Instances data = new DataSource(file.toString()).getDataSet();
      if (data == null) {
        throw new IOException("cannot read " + file + ": no data found");
      }
      return data;
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
