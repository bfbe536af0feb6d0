package org.dec4j.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this dec4j build. */
public final class Version {
  private static final String VERSION = load();

  private Version() {
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/org/dec4j/api/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("dec4j.version", "unknown");
  }

  /** @return the dec4j version, e.g. "0.1.0-SNAPSHOT" */
  public static String dec4j() {
    return VERSION;
  }
}
