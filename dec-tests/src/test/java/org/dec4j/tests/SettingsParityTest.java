package org.dec4j.tests;

import elki.utilities.ClassGenericsUtil;
import elki.utilities.optionhandling.ParameterException;
import elki.utilities.optionhandling.parameterization.ListParameterization;
import elki.utilities.optionhandling.parameterization.TrackParameters;
import elki.utilities.optionhandling.parameterization.TrackedParameter;
import elki.utilities.optionhandling.parameters.Parameter;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import org.dec4j.cli.Main;
import org.dec4j.elki.DEC;
import org.dec4j.elki.DecOptions;
import org.junit.jupiter.api.Test;
import weka.core.Instances;
import weka.core.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one declaration of the settings and its three front-ends agree: for every setting, the command line has
 * {@code --name}, Weka {@code -name} (its own {@code -S} for the seed) and ELKI {@code -dec.name}, each with the
 * declared default, and a value outside the setting's rule is refused by each with the declaration's message.
 */
class SettingsParityTest {
  private static String cliName(Setting<?> s) {
    return "--" + s.name();
  }

  private static String wekaName(Setting<?> s) {
    return s == Settings.SEED ? "S" : s.name();
  }

  private static String elkiName(Setting<?> s) {
    return "dec." + s.name();
  }

  @Test
  void everySettingHasItsNameAndItsDefaultInEachFrontEnd() throws Exception {
    Map<String, String> cli = new HashMap<>();
    Main.commandLine().getSubcommands().get("cluster").getCommandSpec().options()
        .forEach(o -> cli.put(o.longestName(), String.join(" ", o.description())));
    Map<String, String> weka = wekaDefaults();
    Map<String, String> elki = elkiDefaults();
    for (Setting<?> s : Settings.all()) {
      String def = s.format(s.defaultValue());
      assertNotNull(cli.get(cliName(s)), "the command line has no " + cliName(s));
      assertTrue(cli.get(cliName(s)).contains("default " + def), cliName(s) + ": " + cli.get(cliName(s)));
      assertTrue(weka.containsKey(wekaName(s)), "Weka has no -" + wekaName(s) + ": " + weka.keySet());
      if (s.type() == Boolean.class) {
        assertEquals(def.equals("true"), weka.get(wekaName(s)) != null, "Weka's -" + wekaName(s));
        assertEquals("false", elki.get(elkiName(s)), "ELKI's flag -" + elkiName(s));
      } else {
        assertEquals(def, s.format(s.parse(weka.get(wekaName(s)))), "Weka's default of -" + wekaName(s));
        assertEquals(def, s.format(s.parse(elki.get(elkiName(s)))), "ELKI's default of -" + elkiName(s));
      }
    }
    assertEquals(Settings.all().size(), elki.keySet().stream().filter(n -> !n.equals("dec.k")).count(),
        "ELKI has an option per setting and dec.k: " + elki.keySet());
  }

  /** Weka's options of a default DEC: -name to its value (null for a flag that is off). */
  private static Map<String, String> wekaDefaults() {
    weka.clusterers.DEC dec = new weka.clusterers.DEC();
    Map<String, String> out = new HashMap<>();
    for (Option o : Collections.list(dec.listOptions())) {
      out.put(o.name(), null);
    }
    String[] options = dec.getOptions();
    for (int i = 0; i < options.length; i++) {
      String name = options[i].substring(1);
      boolean flag = i + 1 == options.length || options[i + 1].startsWith("-") && !isNumber(options[i + 1]);
      out.put(name, flag ? "true" : options[++i]);
    }
    return out;
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** ELKI's parameters of DEC with only dec.k given: name to default value. */
  private static Map<String, String> elkiDefaults() {
    TrackParameters track = new TrackParameters(new ListParameterization().addParameter(DecOptions.K, 3));
    ClassGenericsUtil.parameterizeOrAbort(DEC.class, track);
    Map<String, String> out = new HashMap<>();
    for (TrackedParameter t : track.getAllParameters()) {
      Parameter<?> p = t.getParameter();
      out.put(p.getOptionID().getName(), p.hasDefaultValue() ? p.getDefaultValueAsString() : "false");
    }
    return out;
  }

  @Test
  void aValueOutsideItsRuleIsRefusedWithTheDeclarationsMessageInEachFrontEnd() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Setting<?> s : Settings.all()) {
      String message = refusal(s);
      if (message == null) {
        continue;
      }
      String bad = badText(s);
      assertTrue(cli(s, bad).contains("dec cluster: error: " + message), cliName(s) + " " + bad + ": "
          + cli(s, bad));
      if (s != Settings.SEED) {
        assertEquals(message, weka(s, bad), "Weka's -" + wekaName(s) + " " + bad);
      }
      assertTrue(elki(s, bad).contains(message), "ELKI's -" + elkiName(s) + " " + bad + ": " + elki(s, bad));
      checked.add(s.name());
    }
    assertTrue(checked.containsAll(List.of("kmeans-restarts", "lr", "tol", "layers", "dac-upper", "imsat-hidden")),
        checked.toString());
  }

  private static <T> String refusal(Setting<T> s) {
    T bad = s.invalidExample();
    return bad == null ? null : s.check(bad);
  }

  private static <T> String badText(Setting<T> s) {
    return s.format(s.invalidExample());
  }

  private static String cli(Setting<?> s, String value) {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(err, true), "cluster", "--input", Datasets.dir().resolve("iris.arff")
        .toString(), "--k", "3", cliName(s), value);
    assertEquals(2, code, err.toString());
    return err.toString();
  }

  private static String weka(Setting<?> s, String value) throws Exception {
    weka.clusterers.DEC dec = new weka.clusterers.DEC();
    if (value.isEmpty()) {
      // Weka's options read an empty value as none: give it through the bean property, as the Explorer does
      String p = s.propertyName();
      dec.getClass().getMethod("set" + Character.toUpperCase(p.charAt(0)) + p.substring(1), String.class)
          .invoke(dec, value);
    } else {
      dec.setOptions(new String[] { "-" + wekaName(s), value });
    }
    Instances one = new Instances("t", new ArrayList<>(List.of(new weka.core.Attribute("a"))), 1);
    one.add(new weka.core.DenseInstance(1, new double[] { 1 }));
    return assertThrows(IllegalArgumentException.class, () -> dec.buildClusterer(one)).getMessage();
  }

  private static String elki(Setting<?> s, String value) {
    ListParameterization p = new ListParameterization().addParameter(DecOptions.K, 3)
        .addParameter(DecOptions.id(s), value);
    new DEC.Par().configure(p);
    StringBuilder b = new StringBuilder();
    for (ParameterException e : p.getErrors()) {
      b.append(e.getMessage()).append('\n');
    }
    return b.toString();
  }
}
