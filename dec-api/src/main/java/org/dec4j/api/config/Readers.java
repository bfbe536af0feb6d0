package org.dec4j.api.config;

import java.util.List;
import java.util.Set;

/**
 * Which engines read a setting: every one, a list of them, or every one but some.
 *
 * @param names engine names
 * @param except whether the names are the exceptions
 */
record Readers(Set<String> names, boolean except) {
  static final Readers ALL = new Readers(Set.of(), true);

  boolean all() {
    return except && names.isEmpty();
  }

  boolean reads(String engine) {
    return except != names.contains(engine);
  }

  String text() {
    List<String> sorted = names.stream().sorted().toList();
    return except ? "every engine but " + String.join(", ", sorted) : String.join(", ", sorted);
  }
}
