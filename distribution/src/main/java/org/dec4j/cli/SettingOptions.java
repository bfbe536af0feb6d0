package org.dec4j.cli;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every dec4j setting as a command-line option {@code --name}, built from the one declaration in {@link Settings}
 * (its help, rule and default in the option's description), and the configuration the given options describe: the
 * text of each given option is read and checked by the declaration, so a value is refused here with the same
 * message as in Weka and ELKI. Every command that trains carries one ({@link TrainingCommand}).
 */
final class SettingOptions {
  private final Map<Setting<?>, String> given = new LinkedHashMap<>();

  /**
   * Adds the settings' options to every command that trains.
   *
   * @param root the command line
   * @return the same command line
   */
  static CommandLine install(CommandLine root) {
    for (CommandLine sub : root.getSubcommands().values()) {
      if (sub.getCommand() instanceof TrainingCommand t) {
        sub.getCommandSpec().addMixin("settings", t.settings().spec());
      }
    }
    return root;
  }

  private CommandSpec spec() {
    CommandSpec spec = CommandSpec.create();
    for (Setting<?> s : Settings.all()) {
      boolean flag = s.type() == Boolean.class;
      OptionSpec.Builder o = OptionSpec.builder("--" + s.name()).description(s.description().replace("%", "%%"));
      if (flag) {
        o.arity("0").type(boolean.class).setter(new CommandLine.Model.ISetter() {
          @Override
          public <T> T set(T value) {
            record(s, Boolean.TRUE.equals(value) ? "true" : null);
            return null;
          }
        });
      } else {
        o.type(String.class).paramLabel(s.valueLabel()).setter(new CommandLine.Model.ISetter() {
          @Override
          public <T> T set(T value) {
            record(s, (String) value);
            return null;
          }
        });
      }
      spec.addOption(o.build());
    }
    return spec;
  }

  private void record(Setting<?> s, String text) {
    if (text == null) {
      given.remove(s);
    } else {
      given.put(s, text);
    }
  }

  /**
   * @return the configuration of the given options, every other setting at its default
   * @throws IllegalArgumentException with the declaration's message for a value it refuses
   */
  DecConfig toConfig() {
    DecConfig.Builder b = DecConfig.builder();
    given.forEach(b::parse);
    return b.build();
  }
}
