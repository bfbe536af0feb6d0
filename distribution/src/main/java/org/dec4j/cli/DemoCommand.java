package org.dec4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code dec demo}: the main job on the bundled digits, as a first command on a fresh machine. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Compares DEC with Weka's and ELKI's k-means and EM on the bundled handwritten digits (data/digits.arff.gz,"
        + " 1,797 x 64, 10 classes),",
    "two seeds each, with the default settings, and writes the report to out/demo (about a minute on 2 cores)." })
final class DemoCommand extends TrainingCommand {
  @Option(names = "--input", defaultValue = "data/digits.arff.gz", paramLabel = "FILE",
      description = "Data file (default ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--seeds", defaultValue = "2", paramLabel = "N", description = "Seeds per method (default 2).")
  int seeds;

  @Option(names = "--report", defaultValue = "out/demo", paramLabel = "DIR", description = "Report folder (default"
      + " ${DEFAULT-VALUE}).")
  Path report;

  @Option(names = "--methods", defaultValue = "dec,classical", paramLabel = "LIST", description = "Methods, as for"
      + " compare (default ${DEFAULT-VALUE}; 'all' adds every engine).")
  String methods;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException(input + " not found: run the demo from the repository root");
    }
    return CompareCommand.compare(input, 10, methods, seeds, report, new InputOptions(), false,
        settings().toConfig());
  }
}
