package org.dec4j.tests;

import org.dec4j.cli.data.InputSchema.MissingValues;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.data.TableReader;

import java.io.IOException;
import java.nio.file.Path;

/** The bundled data sets (the repository's data/ folder), read the way the command line reads them. */
public final class Datasets {
  private Datasets() {
  }

  /** @return the data folder */
  public static Path dir() {
    return Path.of(System.getProperty("dec4j.data", "../data"));
  }

  /**
   * @param name file name in data/
   * @return features and class labels
   * @throws IOException if unreadable
   */
  public static LabelledData load(String name) throws IOException {
    weka.core.Instances raw = TableReader.load(dir().resolve(name));
    return TableReader.apply(raw, TableReader.fitSchema(raw, null, MissingValues.ERROR));
  }
}
