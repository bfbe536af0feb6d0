package org.dec4j.tests;

import org.dec4j.cli.data.InputSchema.MissingValues;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.data.TableReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled data sets (the repository's data/ folder), read the way the command line reads them, once per JVM: the
 * tests then hand the engines the same matrix, so engines with the same configuration share one pretraining.
 */
public final class Datasets {
  private static final Map<String, LabelledData> LOADED = new ConcurrentHashMap<>();

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
    LabelledData d = LOADED.get(name);
    if (d == null) {
      d = read(name);
      LOADED.put(name, d);
    }
    return d;
  }

  private static LabelledData read(String name) throws IOException {
    weka.core.Instances raw = TableReader.load(dir().resolve(name));
    return TableReader.apply(raw, TableReader.fitSchema(raw, null, MissingValues.ERROR));
  }
}
