package org.dec4j.engine.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Where a model comes from: library versions, platform, data shape and time. */
public final class Provenance {
  private static final Properties VERSIONS = load();

  private Provenance() {
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Provenance.class.getResourceAsStream("/org/dec4j/engine/versions.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // versions stay unknown
    }
    return p;
  }


  /**
   * @param engine engine name
   * @param rows training rows
   * @param cols training columns
   * @return provenance entries
   */
  public static Map<String, String> of(String engine, int rows, int cols) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("engine", engine);
    m.put("dec4j", org.dec4j.api.Version.dec4j());
    m.put("deeplearning4j", VERSIONS.getProperty("dl4j.version", "unknown"));
    m.put("nd4jBackend", "nd4j-native " + VERSIONS.getProperty("nd4j.classifier", "unknown"));
    m.put("java", System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("trainingRows", Integer.toString(rows));
    m.put("trainingColumns", Integer.toString(cols));
    m.put("created", Instant.now().toString());
    return m;
  }
}
