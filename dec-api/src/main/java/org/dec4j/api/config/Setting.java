package org.dec4j.api.config;

import java.util.Arrays;
import java.util.List;

/**
 * The declaration of one setting of a dec4j run: its name, value type, default, the rule a value must follow, a
 * one-line help text, its group, and which engines read it. Every front-end derives its options from these
 * declarations ({@link Settings#all()}): the command line's {@code --name}, Weka's {@code -name} and
 * GenericObjectEditor property, ELKI's {@code -dec.name}. Parsing, formatting and validation live here, so that a
 * value is refused with the same message wherever it is given.
 *
 * <p>A setting is immutable; its identity is its name.</p>
 *
 * @param <T> the value type: {@link Integer}, {@link Long}, {@link Double}, {@link Boolean}, an enum, {@code int[]}
 *     or {@link String}
 */
public final class Setting<T> {
  /** How the value "left to the automatic recipe" is written ({@link #automatic()}). */
  public static final String AUTO = "auto";
  /** Where a setting belongs, for help texts and the README's table (headed by {@link #title()}). */
  public enum Group {
    RUN("Run"), // the run as a whole: engine, seed, threads
    DATA("Data preparation"), // how the input columns become features
    NETWORK("Network"), // the network and its training batches
    PRETRAINING("Pretraining"), // autoencoder pretraining
    CLUSTERING("Clustering"), // the clustering phase shared by the refining engines
    ENGINE("Engine-specific"); // what one engine alone reads

    private final String title;

    Group(String title) {
      this.title = title;
    }

    /** @return the heading of the group */
    public String title() {
      return title;
    }
  }

  private final int index;
  private final String name;
  private final Group group;
  private final Class<T> type;
  private final T defaultValue;
  private final Rules.Rule<T> rule;
  private final String help;
  private final Readers readers;
  private final boolean automatic;

  Setting(int index, String name, Group group, Class<T> type, T defaultValue, Rules.Rule<T> rule, String help,
      Readers readers) {
    this.index = index;
    this.automatic = defaultValue == null;
    this.name = name;
    this.group = group;
    this.type = type;
    this.defaultValue = Values.copy(defaultValue);
    this.rule = rule;
    this.help = help;
    this.readers = readers;
    String wrong = automatic ? null : rule.violation(defaultValue);
    if (wrong != null) {
      throw new IllegalStateException("the default of " + name + " breaks its own rule: " + wrong);
    }
  }

  /** @return position in {@link Settings#all()} */
  int index() {
    return index;
  }

  /** @return the name, lower case with hyphens ("kmeans-restarts"); each front-end spells it its own way */
  public String name() {
    return name;
  }

  /** @return the name as a Java bean property ("kmeansRestarts") */
  public String propertyName() {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : name.toCharArray()) {
      if (c == '-') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  /** @return the group */
  public Group group() {
    return group;
  }

  /** @return the value type */
  public Class<T> type() {
    return type;
  }

  /**
   * @return whether the setting may be left to the automatic recipe ({@link AutoRecipe}): its default is then
   *     {@link #AUTO} (the value null), and "auto" is a value a user can give
   */
  public boolean automatic() {
    return automatic;
  }

  /** @return the default value (a copy; null for {@link #AUTO}) */
  public T defaultValue() {
    return Values.copy(defaultValue);
  }

  /** @return the one-line help, without the default or the rule */
  public String help() {
    return help;
  }

  /** @return the rule in words ("at least 1", "in [0, 1)"), or "" when every value of the type is allowed */
  public String ruleText() {
    return rule.text();
  }

  /** @return the allowed values of an enum setting, else an empty list */
  public List<String> choices() {
    if (!type.isEnum()) {
      return List.of();
    }
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  /**
   * @return what a value looks like in a synopsis: the choices of an enum ("RELU|SIGMOID|..."), "N,N,..." for
   *     layer sizes, "X" for a real number, "NAME" for text and "N" for a whole number
   */
  public String valueLabel() {
    return automatic ? AUTO + "|" + typeLabel() : typeLabel();
  }

  private String typeLabel() {
    if (type.isEnum()) {
      return String.join("|", choices());
    }
    if (type == int[].class) {
      return "N,N,...";
    }
    return type == String.class ? "NAME" : type == Double.class ? "X" : "N";
  }

  /**
   * @return the help, the rule and the default in one line, as every front-end shows it ("Mini-batch size
   *     (at least 1; default 256).")
   */
  public String description() {
    String h = help.endsWith(".") ? help.substring(0, help.length() - 1) : help;
    StringBuilder b = new StringBuilder(h).append(" (");
    if (type.isEnum()) {
      b.append(String.join("|", choices())).append("; ");
    } else if (!rule.text().isEmpty()) {
      b.append(automatic ? AUTO + " or " : "").append(rule.text()).append("; ");
    }
    b.append("default ").append(format(defaultValue));
    if (!readers.all()) {
      b.append("; read by ").append(readers.text());
    }
    return b.append(").").toString();
  }

  /**
   * @param engine an engine's name
   * @return whether that engine's result depends on this setting
   */
  public boolean readBy(String engine) {
    return readers.reads(engine);
  }

  /** @return which engines read it, in words ("every engine", "idec", "every engine but imsat") */
  public String readersText() {
    return readers.all() ? "every engine" : readers.text();
  }

  /**
   * @param value a value of the type
   * @return null if allowed, else the message a user sees: "kmeans-restarts must be at least 1 (got 0)"
   */
  public String check(T value) {
    if (value == null) {
      return automatic ? null : name + " must be set";
    }
    String wrong = rule.violation(value);
    return wrong == null ? null : name + " must be " + wrong + " (got " + format(value) + ")";
  }

  /**
   * Reads a value from text as a user types it: numbers, true/false, an enum's name in any case (hyphens for
   * underscores), sizes separated by commas.
   *
   * @param text the text
   * @return the value (not yet checked against the rule)
   * @throws IllegalArgumentException naming the setting and what was expected
   */
  public T parse(String text) {
    if (automatic && text != null && text.trim().equalsIgnoreCase(AUTO)) {
      return null;
    }
    return type.cast(Values.parse(name, type, choices(), text));
  }

  /**
   * @param value a value of the type
   * @return the text {@link #parse} reads back: "500,500,2000,10", "0.001", "RELU", "auto"
   */
  public String format(Object value) {
    return value == null && automatic ? AUTO : Values.format(value);
  }


  /**
   * @param value a value
   * @return whether it equals the default
   */
  public boolean isDefault(Object value) {
    return Values.same(defaultValue, value);
  }

  /**
   * @return a value the rule refuses, for tests of the front-ends' messages, or null when the type admits only
   *     allowed values (booleans, enums, free text)
   */
  public T invalidExample() {
    return rule.invalidExample();
  }

  /** @return an allowed value other than the default (for tests), or null where there is none */
  public T otherExample() {
    Object d = defaultValue;
    Object v;
    if (d == null) {
      v = type == Integer.class ? Integer.valueOf(7) : type == Double.class ? Double.valueOf(0.25)
          : type == int[].class ? new int[] { 16, 3 } : null;
    } else if (d instanceof Integer i) {
      v = i + 1;
    } else if (d instanceof Long l) {
      v = l + 1;
    } else if (d instanceof Double x) {
      v = x * 0.5;
    } else if (d instanceof Boolean b) {
      v = !b;
    } else if (d instanceof int[] a) {
      int[] c = a.clone();
      c[c.length - 1] += 1;
      v = c;
    } else if (d instanceof Enum<?> e) {
      T[] all = type.getEnumConstants();
      v = all.length < 2 ? null : all[(e.ordinal() + 1) % all.length];
    } else {
      v = null;
    }
    T t = type.cast(v);
    return t != null && rule.violation(t) == null ? t : null;
  }

  @Override
  public String toString() {
    return name;
  }
}
