package org.dec4j.cli.suite;

import org.dec4j.api.data.Table;
import org.dec4j.cli.data.TableReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Finds the labelled data sets of a folder: every {@code *.arff} and {@code *.arff.gz} file whose last attribute is
 * nominal ({@link LabelledSet}), smallest first. Each other ARFF file (unreadable, last attribute not nominal, fewer
 * than two classes present) is passed over with a one-line note; files of other types are not looked at.
 */
public final class LabelledSets {
  private static final String ARFF = ".arff";
  private static final String ARFF_GZ = ".arff.gz";

  private LabelledSets() {
  }

  /**
   * @param dir the folder
   * @param only names of the sets to read ({@link LabelledSet#name}), or null or empty for all
   * @param skipped hears a note per ARFF file passed over
   * @return the labelled sets, by number of rows, then by name
   * @throws IOException if the folder cannot be listed
   * @throws IllegalArgumentException if a name in {@code only} is no labelled set, or no set is found
   */
  public static List<LabelledSet> find(Path dir, List<String> only, Consumer<String> skipped) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no such data folder");
    }
    Set<String> wanted = new LinkedHashSet<>();
    if (only != null) {
      only.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(wanted::add);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> name(p) != null && Files.isRegularFile(p)).sorted().toList();
    }
    List<LabelledSet> sets = new ArrayList<>();
    for (Path f : files) {
      if (wanted.isEmpty() || wanted.contains(name(f))) {
        LabelledSet set = read(f, skipped);
        if (set != null) {
          sets.add(set);
        }
      }
    }
    sets.sort(Comparator.comparingInt(LabelledSet::rows).thenComparing(LabelledSet::name));
    wanted.removeAll(sets.stream().map(LabelledSet::name).toList());
    if (!wanted.isEmpty()) {
      throw new IllegalArgumentException("no labelled data set named " + String.join(", ", wanted) + " in " + dir
          + " (a name is a file's name without .arff or .arff.gz)");
    }
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("no labelled data set in " + dir + ": none of its .arff or .arff.gz files"
          + " has a nominal last attribute");
    }
    return sets;
  }

  private static LabelledSet read(Path file, Consumer<String> skipped) {
    Table table;
    try {
      table = TableReader.read(file);
    } catch (IOException | RuntimeException e) {
      skipped.accept("skipped " + file.getFileName() + ": " + e.getMessage());
      return null;
    }
    LabelledSet set = LabelledSet.of(name(file), file, table);
    if (set == null) {
      Table.Column last = table.columns().isEmpty() ? null : table.columns().get(table.columns().size() - 1);
      skipped.accept("skipped " + file.getFileName() + ": " + (last == null ? "no attributes" : "its last"
          + " attribute '" + last.name() + "' is " + last.typeName() + ", not nominal (no class column)"));
      return null;
    }
    if (set.k() < 2) {
      skipped.accept("skipped " + file.getFileName() + ": " + set.k() + " class in the rows of '"
          + set.classColumn() + "', nothing to cluster");
      return null;
    }
    return set;
  }

  /**
   * @param file a file
   * @return its name without {@code .arff} or {@code .arff.gz}, or null if it has neither ending
   */
  static String name(Path file) {
    String f = file.getFileName().toString();
    String lower = f.toLowerCase(Locale.ROOT);
    for (String ending : List.of(ARFF_GZ, ARFF)) {
      if (lower.endsWith(ending) && lower.length() > ending.length()) {
        return f.substring(0, f.length() - ending.length());
      }
    }
    return null;
  }
}
