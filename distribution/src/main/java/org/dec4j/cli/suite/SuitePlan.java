package org.dec4j.cli.suite;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import org.dec4j.cli.compare.ClusteringMethod;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a suite runs, for the report's header: the data folder, the methods, the seeds, the settings changed from
 * their defaults, when it started, and the files passed over.
 *
 * @param data the data folder
 * @param methods each method's id and full name, in the order run
 * @param firstSeed the first seed
 * @param seeds seeds per method and data set
 * @param changedSettings "name = value" for each setting that differs from its default
 * @param started when the suite started (local time, to the minute)
 * @param notes one line per file passed over
 */
public record SuitePlan(Path data, Map<String, String> methods, long firstSeed, int seeds,
    List<String> changedSettings, String started, List<String> notes) {

  /** Copies. */
  public SuitePlan {
    methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
    changedSettings = List.copyOf(changedSettings);
    notes = List.copyOf(notes);
  }

  /**
   * @param data the data folder
   * @param methods the methods
   * @param config the settings every engine gets
   * @param seeds seeds per method and data set
   * @param notes one line per file passed over
   * @return the plan, started now
   */
  public static SuitePlan of(Path data, List<ClusteringMethod> methods, DecConfig config, int seeds,
      List<String> notes) {
    Map<String, String> names = new LinkedHashMap<>();
    methods.forEach(m -> names.put(m.id(), m.name()));
    List<String> changed = new ArrayList<>();
    for (Setting<?> s : config.changed()) {
      changed.add(s.name() + " = " + s.format(config.get(s)));
    }
    return new SuitePlan(data, names, config.get(Settings.SEED), seeds, changed,
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), notes);
  }

  /** @return the seeds in words: "seed 0" or "seeds 0..2" */
  public String seedRange() {
    return seeds == 1 ? "seed " + firstSeed : "seeds " + firstSeed + ".." + (firstSeed + seeds - 1);
  }
}
