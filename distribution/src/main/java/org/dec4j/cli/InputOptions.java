package org.dec4j.cli;

import org.dec4j.api.data.Preparation;
import org.dec4j.api.data.Table;
import picocli.CommandLine.Option;

/** Which column of a file holds known classes: the one option the command line adds to the data settings. */
final class InputOptions {
  @Option(names = "--class-column", paramLabel = "NAME", description = "Column holding known classes (left out of"
      + " training; default: a nominal column named 'class').")
  String classColumn;

  /**
   * @param table the file's data
   * @return the class column, or null
   */
  String classColumn(Table table) {
    return Preparation.findClassColumn(table, classColumn);
  }
}
