package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.cli.compare.ClusteringMethod;
import org.dec4j.cli.compare.Comparison;
import org.dec4j.cli.compare.Methods;
import picocli.CommandLine.Option;

import java.util.List;

/** Which methods a comparison runs, with how many seeds, and whether engines show their progress. */
final class ComparisonOptions {
  @Option(names = "--methods", defaultValue = "all", paramLabel = "LIST", description = Methods.HELP
      + " (default ${DEFAULT-VALUE}: every engine and the four classical methods).")
  String methods;

  @Option(names = "--seeds", defaultValue = "3", paramLabel = "N", description = "Seeds per method: --seed, --seed"
      + " + 1, ... (default ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--quiet", description = "No engine progress on stderr (warnings still).")
  boolean quiet;

  /**
   * @param config the settings every engine gets
   * @return the methods asked for, each engine printing its progress unless quiet; a warning printed for each
   *     setting none of the engines reads
   * @throws IllegalArgumentException for an unknown method or fewer than one seed
   */
  List<ClusteringMethod> chosen(DecConfig config) {
    Comparison.checkSeeds(seeds);
    TrainingListener progress = ProgressPrinter.forCommand(quiet);
    List<ClusteringMethod> chosen = Methods.parse(methods, config, progress);
    Methods.warnUnread(chosen, config, progress);
    return chosen;
  }
}
