package org.dec4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dec demo}: the main job on the bundled digits, as a first command on a fresh machine. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Compares DEC with Weka's and ELKI's k-means and EM on the bundled handwritten digits (data/digits.arff.gz,"
        + " 1,797 x 64, 10 classes),",
    "two seeds each, and writes the report to out/demo (a few minutes on 2 cores)." })
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--input", defaultValue = "data/digits.arff.gz", paramLabel = "FILE",
      description = "Data file (default ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--seeds", defaultValue = "2", paramLabel = "N", description = "Seeds per method (default 2).")
  int seeds;

  @Option(names = "--report", defaultValue = "out/demo", paramLabel = "DIR", description = "Report folder (default"
      + " ${DEFAULT-VALUE}).")
  Path report;

  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new IllegalArgumentException(input + " not found: run the demo from the repository root");
    }
    return CompareCommand.compare(input, 10, "all", seeds, report, new InputOptions(), false,
        config.toConfig(10));
  }
}
