package org.dec4j.cli.compare;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.TrainingListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The methods {@code compare} and {@code suite} know, by name: every engine the SPI offers, and Weka's and ELKI's
 * k-means and EM. {@code all} selects them all, {@code engines} the deep ones, {@code classical} the four others.
 */
public final class Methods {
  /** What {@code --methods} accepts, for the options' help. */
  public static final String HELP = "Comma-separated: all, engines, classical, an engine name (dec, ...),"
      + " weka-kmeans, weka-em, elki-kmeans, elki-em";

  private static final Map<String, ClusteringMethod> CLASSICAL = new LinkedHashMap<>();

  static {
    for (ClusteringMethod m : List.of(WekaMethods.kmeans(), WekaMethods.em(), ElkiMethods.kmeans(),
        ElkiMethods.em())) {
      CLASSICAL.put(m.id(), m);
    }
  }

  private Methods() {
  }

  /**
   * Names, once, each setting given a value that none of the chosen engines reads.
   *
   * @param methods the chosen methods
   * @param config the settings
   * @param progress where the warnings go
   */
  public static void warnUnread(List<ClusteringMethod> methods, DecConfig config, TrainingListener progress) {
    List<String> engines = methods.stream().map(ClusteringMethod::engine).filter(e -> e != null).toList();
    if (!engines.isEmpty()) {
      TableClusterer.warnUnread(config, engines, progress);
    }
  }

  /**
   * @param spec comma-separated names
   * @param config settings for the engines (k and seed are set per run)
   * @param progress engine progress
   * @return the methods, in the order asked
   * @throws IllegalArgumentException naming an unknown method and listing the known ones
   */
  public static List<ClusteringMethod> parse(String spec, DecConfig config, TrainingListener progress) {
    List<String> engines = Engines.names();
    List<String> names = new ArrayList<>();
    for (String raw : spec.split(",")) {
      String n = raw.trim().toLowerCase(Locale.ROOT);
      switch (n) {
        case "all" -> {
          names.addAll(engines);
          names.addAll(CLASSICAL.keySet());
        }
        case "engines" -> names.addAll(engines);
        case "classical" -> names.addAll(CLASSICAL.keySet());
        default -> names.add(n);
      }
    }
    List<ClusteringMethod> out = new ArrayList<>();
    for (String n : names.stream().distinct().toList()) {
      if (engines.contains(n)) {
        out.add(new EngineMethod(n, config, progress));
      } else if (CLASSICAL.containsKey(n)) {
        out.add(CLASSICAL.get(n));
      } else {
        throw new IllegalArgumentException("unknown method '" + n + "'; known: all, engines, classical, "
            + String.join(", ", engines) + ", " + String.join(", ", CLASSICAL.keySet()));
      }
    }
    return out;
  }
}
