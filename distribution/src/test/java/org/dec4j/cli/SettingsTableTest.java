package org.dec4j.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's settings table is the declaration's: between its markers it holds exactly what {@code dec settings
 * --markdown} prints. When a setting is added or changed, paste that output there.
 */
class SettingsTableTest {
  private static final String START = "<!-- settings-start: dec settings --markdown -->\n";
  private static final String END = "<!-- settings-end -->";

  @Test
  void theReadmeTableIsTheDeclaration() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("dec4j.readme", "../README.md")));
    int from = readme.indexOf(START);
    int to = readme.indexOf(END);
    assertTrue(from >= 0 && to > from, "README.md has no settings table between " + START.trim() + " and " + END);
    assertEquals(SettingsCommand.markdown(), readme.substring(from + START.length(), to),
        "the README's settings table differs from the declaration: run ./dec settings --markdown and paste it");
  }
}
