package org.dec4j.cli;

import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code dec settings}: every setting, its default, its rule and the engines that read it, from the declaration. */
@Command(name = "settings", mixinStandardHelpOptions = true, description = {
    "Lists every setting with its default, allowed values and the engines that read it: --name here, -name in Weka,"
        + " -dec.name in ELKI." })
final class SettingsCommand implements Callable<Integer> {
  @Option(names = "--markdown", description = "Print the table as Markdown (the README's settings table).")
  boolean markdown;

  @Override
  public Integer call() {
    System.out.print(markdown ? markdown() : text());
    return 0;
  }

  /** @return the settings as the README's Markdown table, one section per group */
  static String markdown() {
    StringBuilder b = new StringBuilder();
    Setting.Group group = null;
    for (Setting<?> s : Settings.all()) {
      if (s.group() != group) {
        group = s.group();
        b.append(b.length() == 0 ? "" : "\n").append("**").append(group.title()).append("**\n\n")
            .append("| setting | default | allowed | read by | meaning |\n| --- | --- | --- | --- | --- |\n");
      }
      b.append("| `").append(s.name()).append("` | ").append(s.format(s.defaultValue())).append(" | ")
          .append(allowed(s)).append(" | ").append(s.readersText()).append(" | ")
          .append(s.help().replace("|", "\\|")).append(" |\n");
    }
    return b.toString();
  }

  private static String allowed(Setting<?> s) {
    if (s.type().isEnum()) {
      return String.join(", ", s.choices());
    }
    if (s.type() == Boolean.class) {
      return "true, false";
    }
    if (!s.ruleText().isEmpty()) {
      return (s.automatic() ? Setting.AUTO + " or " : "") + s.ruleText();
    }
    return s.type() == Long.class || s.type() == Integer.class ? "any integer" : "any";
  }

  private static String text() {
    StringBuilder b = new StringBuilder();
    for (Setting<?> s : Settings.all()) {
      b.append("--").append(s.name()).append('\n').append("    ").append(s.description()).append('\n');
    }
    return b.toString();
  }
}
