package org.dec4j.cli;

import org.dec4j.api.LibraryNoise;
import org.dec4j.api.progress.TrainingCancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.IOException;

/** The {@code dec} command: subcommands for clustering, prediction and evaluation. */
@Command(name = "dec", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    subcommands = { ClusterCommand.class, PredictCommand.class, CompareCommand.class, SuiteCommand.class,
        DemoCommand.class, ChooseKCommand.class, InspectCommand.class, BenchCommand.class, SettingsCommand.class,
        CommandLine.HelpCommand.class },
    description = "Deep Embedded Clustering (Xie, Girshick, Farhadi, ICML 2016) for the JVM.")
public final class Main {
  /** Exit code for bad input (a file, an option, a model). */
  public static final int BAD_INPUT = 2;

  /**
   * @param args command line
   */
  public static void main(String[] args) {
    CtrlC.install(Thread.currentThread());
    System.exit(run(args));
  }

  /**
   * Runs a command without exiting the JVM (for tests).
   *
   * @param args command line
   * @return exit code
   */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * Runs a command with its error messages going to a given writer (for tests).
   *
   * @param err where error messages go
   * @param args command line
   * @return exit code
   */
  public static int run(java.io.PrintWriter err, String... args) {
    return commandLine().setErr(err).execute(args);
  }

  /** @return the command line with every command and, for those that train, the settings' options */
  public static CommandLine commandLine() {
    LibraryNoise.quiet();
    return SettingOptions.install(new CommandLine(new Main())).setExecutionExceptionHandler(Main::handle);
  }

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "On an error, print its stack"
      + " trace too.")
  boolean debug;

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    if (parsed.originalArgs().contains("--debug")) {
      e.printStackTrace(cmd.getErr());
    }
    if (CtrlC.pressed()) {
      cmd.getErr().println("dec " + cmd.getCommandName() + ": stopped by Ctrl-C" + (e instanceof
          TrainingCancelledException ? " before the end of training; nothing was written" : ": " + message(e)));
      return CtrlC.EXIT_CODE;
    }
    if (e instanceof IllegalArgumentException || e instanceof IOException) {
      cmd.getErr().println("dec " + cmd.getCommandName() + ": error: " + message(e));
      return BAD_INPUT;
    }
    if (e instanceof TrainingCancelledException) {
      cmd.getErr().println("dec " + cmd.getCommandName() + ": " + e.getMessage());
      return 130;
    }
    cmd.getErr().println("dec " + cmd.getCommandName() + ": internal error: " + e);
    if (!parsed.originalArgs().contains("--debug")) {
      e.printStackTrace(cmd.getErr());
    }
    return 1;
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Version from the engine's build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] { "dec4j " + org.dec4j.api.Version.dec4j() };
    }
  }
}
