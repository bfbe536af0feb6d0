import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes {@code org.dec4j.weka.DecProperties}, the Weka bean properties of every dec4j setting, from the one
 * declaration in {@link Settings}: a field, a getter annotated with Weka's {@code OptionMetadata} (so that Weka's
 * {@code Option.listOptionsForClassHierarchy}, {@code setOptionsForHierarchy} and {@code getOptionsForHierarchy}
 * handle the command line), a setter and a tip text (the GenericObjectEditor), and the translation of all of them
 * into a configuration. Weka's own {@code -S} seed stands for the seed setting. Run by Maven before compiling
 * dec-weka (Java's source-file launcher): {@code java -cp <dec-api> WekaPropertiesGenerator.java <folder>}.
 */
public final class WekaPropertiesGenerator {
  private WekaPropertiesGenerator() {
  }

  /**
   * @param args the folder of generated sources
   * @throws Exception if the class cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0], "org", "dec4j", "weka", "DecProperties.java");
    Files.createDirectories(out.getParent());
    String text = source(fieldNames());
    if (!Files.isRegularFile(out) || !Files.readString(out).equals(text)) {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
  }

  /** @return the constant's name in {@link Settings} of each setting */
  private static Map<Setting<?>, String> fieldNames() throws IllegalAccessException {
    Map<Setting<?>, String> names = new IdentityHashMap<>();
    for (Field f : Settings.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Setting.class) {
        names.put((Setting<?>) f.get(null), f.getName());
      }
    }
    return names;
  }

  private static String source(Map<Setting<?>, String> constants) {
    StringBuilder fields = new StringBuilder();
    StringBuilder methods = new StringBuilder();
    StringBuilder toConfig = new StringBuilder();
    long uid = 17;
    int order = 10;
    for (Setting<?> s : Settings.all()) {
      if (s == Settings.SEED) {
        continue;
      }
      String constant = "Settings." + constants.get(s);
      String p = s.propertyName();
      String cap = Character.toUpperCase(p.charAt(0)) + p.substring(1);
      String type = javaType(s);
      boolean text = s.type() == int[].class || s.automatic();
      uid = 31 * uid + (s.name() + ":" + type).hashCode();
      fields.append("  private ").append(type).append(' ').append(p).append(" = ")
          .append(text ? constant + ".format(" + constant + ".defaultValue())" : constant + ".defaultValue()")
          .append(";\n");
      boolean flag = s.type() == Boolean.class;
      methods.append("\n  /** @return ").append(escape(s.help())).append(" */\n")
          .append("  @OptionMetadata(displayName = \"").append(p).append("\", description = \"")
          .append(escape(s.description())).append("\",\n      commandLineParamName = \"").append(s.name())
          .append("\", commandLineParamSynopsis = \"-").append(s.name())
          .append(flag ? "" : " <" + s.valueLabel() + ">").append("\"")
          .append(flag ? ", commandLineParamIsFlag = true" : "").append(", displayOrder = ").append(order++)
          .append(")\n")
          .append("  public ").append(type).append(" get").append(cap).append("() {\n")
          .append("    return ").append(p).append(";\n  }\n\n")
          .append("  /** @param v ").append(escape(s.help())).append(" */\n")
          .append("  public void set").append(cap).append('(').append(type).append(" v) {\n")
          .append("    ").append(p).append(" = v;\n  }\n\n")
          .append("  /** @return the Explorer's tip for ").append(p).append(" */\n")
          .append("  public String ").append(p).append("TipText() {\n")
          .append("    return ").append(constant).append(".description();\n  }\n");
      toConfig.append(text ? "    b.parse(" + constant + ", " + p + ");\n"
          : "    b.set(" + constant + ", " + p + ");\n");
    }
    return "package org.dec4j.weka;\n\n"
        + "import org.dec4j.api.config.DecConfig;\n"
        + "import org.dec4j.api.config.Settings;\n"
        + "import weka.clusterers.RandomizableClusterer;\n"
        + "import weka.core.OptionMetadata;\n\n"
        + "/**\n"
        + " * Every dec4j setting as a Weka bean property, generated from {@link Settings} by\n"
        + " * dec-weka/src/build/java/WekaPropertiesGenerator.java (do not edit): the option {@code -name} of each\n"
        + " * setting, its GenericObjectEditor property with the declaration's help as tip text, and\n"
        + " * {@link #settings()}, the configuration the properties describe. Weka's {@code -S} is the seed.\n"
        + " */\n"
        + "public abstract class DecProperties extends RandomizableClusterer {\n"
        + "  private static final long serialVersionUID = " + uid + "L;\n\n"
        + fields
        + methods
        + "\n  /**\n"
        + "   * @return a builder holding every property and the seed ({@code -S}), to be validated by its build()\n"
        + "   * @throws IllegalArgumentException if a text property is not a value of its setting (numbers, \"auto\")\n"
        + "   */\n"
        + "  protected DecConfig.Builder settings() {\n"
        + "    DecConfig.Builder b = DecConfig.builder();\n"
        + toConfig
        + "    b.set(Settings.SEED, (long) getSeed());\n"
        + "    return b;\n"
        + "  }\n"
        + "}\n";
  }

  private static String javaType(Setting<?> s) {
    Class<?> t = s.type();
    if (s.automatic()) {
      return "String";
    }
    if (t == Integer.class) {
      return "int";
    }
    if (t == Long.class) {
      return "long";
    }
    if (t == Double.class) {
      return "double";
    }
    if (t == Boolean.class) {
      return "boolean";
    }
    if (t.isEnum()) {
      return t.getName();
    }
    return "String";
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("*/", "* /");
  }
}
