package org.dec4j.tests;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.MissingValues;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.Preparation;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.data.Table;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.cli.data.TableReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled data sets (the repository's data/ folder), read and prepared the way every front-end prepares them
 * (missing values refused), once per JVM: the tests then hand the engines the same matrix, so engines with the
 * same pretraining settings share one pretraining.
 */
public final class Datasets {
  private static final Map<String, PreparedData> LOADED = new ConcurrentHashMap<>();

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
  public static PreparedData load(String name) throws IOException {
    PreparedData d = LOADED.get(name);
    if (d == null) {
      Table t = TableReader.read(dir().resolve(name));
      DecConfig c = DecConfig.builder().set(Settings.MISSING, MissingValues.ERROR).build();
      d = TableClusterer.prepare(t, Preparation.findClassColumn(t, null), c).data();
      LOADED.put(name, d);
    }
    return d;
  }
}
