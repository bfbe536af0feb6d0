package org.dec4j.elki;

import elki.utilities.optionhandling.OptionID;
import elki.utilities.optionhandling.ParameterException;
import elki.utilities.optionhandling.WrongParameterValueException;
import elki.utilities.optionhandling.constraints.ParameterConstraint;
import elki.utilities.optionhandling.parameterization.Parameterization;
import elki.utilities.optionhandling.parameters.DoubleParameter;
import elki.utilities.optionhandling.parameters.EnumParameter;
import elki.utilities.optionhandling.parameters.Flag;
import elki.utilities.optionhandling.parameters.IntListParameter;
import elki.utilities.optionhandling.parameters.IntParameter;
import elki.utilities.optionhandling.parameters.LongParameter;
import elki.utilities.optionhandling.parameters.Parameter;
import elki.utilities.optionhandling.parameters.StringParameter;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The ELKI options of {@link DEC}: the number of clusters, and every dec4j setting under {@code dec.} and its
 * declared name ({@code -dec.kmeans-restarts}), built from the one declaration in {@link Settings}: ELKI's own
 * parameter type for the value (a flag, an enumeration, a list of sizes), the declaration's default, and a
 * constraint that refuses a value with the declaration's message.
 */
public final class DecOptions {
  private static final Map<Setting<?>, OptionID> IDS = new IdentityHashMap<>();

  static {
    for (Setting<?> s : Settings.all()) {
      IDS.put(s, OptionID.getOrCreateOptionID("dec." + s.name(), s.description()));
    }
  }

  private DecOptions() {
  }

  /** Number of clusters. */
  public static final OptionID K = new OptionID("dec.k", "Number of clusters K (at least 2); several, comma-separated,"
      + " to choose among them; not given: choose among 2..dec.kmax (latent silhouette, stability across seeds,"
      + " cluster sizes).");
  /** Largest K tried when dec.k is not given. */
  public static final OptionID KMAX = new OptionID("dec.kmax", "Largest K tried when dec.k is not given.");
  /** Seeds per K when choosing K. */
  public static final OptionID SELECTION_SEEDS = new OptionID("dec.selection.seeds",
      "Seeds per K when choosing K (2 or more measure each K's stability).");

  /**
   * @param setting a setting
   * @return its ELKI option, {@code dec.} and its name
   */
  public static OptionID id(Setting<?> setting) {
    return IDS.get(setting);
  }

  /**
   * Reads every setting's option into the builder; a refused value is reported to ELKI with the declaration's
   * message.
   *
   * @param config ELKI's parameterization
   * @param b the builder
   */
  static void grabAll(Parameterization config, DecConfig.Builder b) {
    for (Setting<?> s : Settings.all()) {
      grab(config, s, b);
    }
  }

  @SuppressWarnings({ "unchecked", "rawtypes" })
  private static <T> void grab(Parameterization config, Setting<T> s, DecConfig.Builder b) {
    if (s.automatic()) {
      StringParameter p = new StringParameter(id(s), Setting.AUTO);
      p.addConstraint(new TextRule(s));
      if (config.grab(p)) {
        b.parse(s, p.getValue());
      }
      return;
    }
    Parameter<?> p = parameter(s);
    ((Parameter) p).addConstraint(new Rule<>(s));
    if (config.grab(p) && p.getValue() != null) {
      b.set(s, s.type().cast(p.getValue()));
    }
  }

  @SuppressWarnings({ "unchecked", "rawtypes" })
  private static Parameter<?> parameter(Setting<?> s) {
    OptionID id = id(s);
    Class<?> t = s.type();
    Object d = s.defaultValue();
    if (t == Integer.class) {
      return new IntParameter(id, (Integer) d);
    }
    if (t == Long.class) {
      return new LongParameter(id, (Long) d);
    }
    if (t == Double.class) {
      return new DoubleParameter(id, (Double) d);
    }
    if (t == Boolean.class) {
      if ((Boolean) d) {
        throw new IllegalStateException(s.name() + ": an ELKI flag only turns a setting on; declare it off by"
            + " default");
      }
      return new Flag(id);
    }
    if (t.isEnum()) {
      return new EnumParameter(id, t, (Enum) d);
    }
    if (t == int[].class) {
      return new IntListParameter(id).setDefaultValue((int[]) d);
    }
    return new StringParameter(id, (String) d);
  }

  /** The declaration's reading and rule of a setting that may be "auto", as an ELKI constraint on its text. */
  private record TextRule(Setting<?> setting) implements ParameterConstraint<String> {
    @Override
    public void test(String value) throws ParameterException {
      String wrong;
      try {
        wrong = check(setting, value);
      } catch (IllegalArgumentException e) {
        wrong = e.getMessage();
      }
      if (wrong != null) {
        throw new WrongParameterValueException(wrong);
      }
    }

    private static <T> String check(Setting<T> s, String text) {
      return s.check(s.parse(text));
    }

    @Override
    public String getDescription(String parameterName) {
      return parameterName + " " + Setting.AUTO + (setting.ruleText().isEmpty() ? "" : " or " + setting.ruleText());
    }
  }

  /** The declaration's rule as an ELKI constraint. */
  private record Rule<T>(Setting<T> setting) implements ParameterConstraint<T> {
    @Override
    public void test(T value) throws ParameterException {
      String wrong = setting.check(value);
      if (wrong != null) {
        throw new WrongParameterValueException(wrong);
      }
    }

    @Override
    public String getDescription(String parameterName) {
      return setting.ruleText().isEmpty() ? parameterName : parameterName + " " + setting.ruleText();
    }
  }
}
