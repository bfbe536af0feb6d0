package org.dec4j.api.engine;

import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelArchive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds engines by name among the {@link EngineProvider}s on the class path, and reads saved models. Lookups
 * use this class's own class loader (so they work inside Weka's and ELKI's plugin class loaders), then the
 * thread's context class loader.
 */
public final class Engines {
  /** The name of the DEC engine. */
  public static final String DEC = "dec";

  private Engines() {
  }

  /** @return all engines found, by name (sorted) */
  public static Map<String, ClusteringEngine> all() {
    Map<String, ClusteringEngine> found = new TreeMap<>();
    List<ClassLoader> loaders = new ArrayList<>();
    loaders.add(Engines.class.getClassLoader());
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null && context != loaders.get(0)) {
      loaders.add(context);
    }
    for (ClassLoader cl : loaders) {
      for (EngineProvider p : ServiceLoader.load(EngineProvider.class, cl)) {
        for (ClusteringEngine e : p.engines()) {
          found.putIfAbsent(e.name(), e);
        }
      }
    }
    return found;
  }

  /** @return names of the available engines, sorted */
  public static List<String> names() {
    return new ArrayList<>(all().keySet());
  }

  /**
   * @param name engine name, case-insensitive
   * @return the engine
   * @throws IllegalArgumentException if none has that name; the message lists those available
   */
  public static ClusteringEngine get(String name) {
    Map<String, ClusteringEngine> all = all();
    ClusteringEngine e = all.get(name == null ? null : name.toLowerCase(java.util.Locale.ROOT));
    if (e == null) {
      throw new IllegalArgumentException("no clustering engine named '" + name + "'; available: "
          + (all.isEmpty() ? "none (is dec-engine on the class path?)" : String.join(", ", all.keySet())));
    }
    return e;
  }

  /**
   * Reads a model written by {@link ClusterModel#writeTo}, whatever engine wrote it.
   *
   * @param in source (read to its end, not closed)
   * @return the model
   * @throws org.dec4j.api.model.ModelFormatException if the data are not a model this installation can read
   * @throws IOException on read errors
   */
  public static ClusterModel read(InputStream in) throws IOException {
    return read(ModelArchive.read(in));
  }

  /**
   * Restores a model from its archive, whatever engine wrote it.
   *
   * @param archive the archive
   * @return the model
   * @throws org.dec4j.api.model.ModelFormatException if no installed engine can read it
   */
  public static ClusterModel read(ModelArchive archive) throws org.dec4j.api.model.ModelFormatException {
    ClusteringEngine engine;
    try {
      engine = get(archive.engine());
    } catch (IllegalArgumentException e) {
      throw new org.dec4j.api.model.ModelFormatException("the model was written by engine '" + archive.engine()
          + "', which is not installed: " + e.getMessage(), e);
    }
    return engine.read(archive);
  }

  /**
   * Loads a model file.
   *
   * @param file the file
   * @return the model
   * @throws IOException if it cannot be read or is not a model
   */
  public static ClusterModel load(Path file) throws IOException {
    return read(ModelArchive.load(file));
  }
}
