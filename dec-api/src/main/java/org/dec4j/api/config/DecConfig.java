package org.dec4j.api.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The immutable, validated configuration of a deep clustering run: one value for each {@link Setting} declared in
 * {@link Settings}. Read a value with {@link #get}; build a configuration with {@link #builder()}, whose
 * {@link Builder#build()} checks every value and names the setting in its message. The number of clusters is not
 * a setting: an engine fits the K it is given.
 *
 * <p>A configuration prints all its values ({@link #toString()}) and round-trips through JSON ({@link #toJson()},
 * {@link #fromJson(String)}), keyed by the settings' names.</p>
 */
public final class DecConfig {
  private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
      .create();

  private final Object[] values;

  private DecConfig(Object[] values) {
    this.values = values;
  }

  /** @return a builder with every default set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the default configuration */
  public static DecConfig defaults() {
    return builder().build();
  }

  /** @return a builder holding this configuration's values */
  public Builder toBuilder() {
    Builder b = new Builder();
    System.arraycopy(values, 0, b.values, 0, values.length);
    return b;
  }

  /**
   * @param setting a setting
   * @param <T> its type
   * @return its value here (arrays are copies)
   */
  public <T> T get(Setting<T> setting) {
    return Values.copy(setting.type().cast(values[setting.index()]));
  }

  /**
   * @return the latent size, the last of the {@link Settings#LAYERS}
   * @throws IllegalStateException if the layers are left to the automatic recipe (resolve them first with
   *     {@link AutoRecipe#resolve})
   */
  public int latentSize() {
    int[] l = get(Settings.LAYERS);
    if (l == null) {
      throw new IllegalStateException("the layers are automatic: resolve the recipe for the data first");
    }
    return l[l.length - 1];
  }

  /** @return the settings whose value differs from the default, in declaration order */
  public List<Setting<?>> changed() {
    List<Setting<?>> out = new ArrayList<>();
    for (Setting<?> s : Settings.all()) {
      if (!s.isDefault(values[s.index()])) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * What a user should hear about settings given for nothing: one line per setting that differs from its default
   * and that none of the engines reads.
   *
   * @param engines the engines that will run
   * @return the warnings, possibly none
   */
  public List<String> unreadBy(List<String> engines) {
    List<String> out = new ArrayList<>();
    for (Setting<?> s : changed()) {
      if (engines.stream().noneMatch(s::readBy)) {
        out.add("setting " + s.name() + " = " + s.format(values[s.index()]) + " is ignored: "
            + String.join(", ", engines) + (engines.size() == 1 ? " does" : " do") + " not read it (read by "
            + s.readersText() + ")");
      }
    }
    return out;
  }

  /** @return this configuration as a JSON object keyed by setting names */
  public JsonObject toJsonObject() {
    JsonObject o = new JsonObject();
    for (Setting<?> s : Settings.all()) {
      o.add(s.name(), JsonValues.of(values[s.index()]));
    }
    return o;
  }

  /** @return this configuration as JSON text */
  public String toJson() {
    return PRETTY.toJson(toJsonObject());
  }

  /**
   * Reads a configuration from JSON. Settings that are missing take their defaults; a name that is not a setting
   * is refused; the result is validated.
   *
   * @param json JSON as written by {@link #toJson()}
   * @return the configuration
   * @throws IllegalArgumentException if the text is not JSON, names an unknown setting or a value is invalid
   */
  public static DecConfig fromJson(String json) {
    JsonElement e;
    try {
      e = JsonParser.parseString(json);
    } catch (JsonParseException ex) {
      throw new IllegalArgumentException("not a valid dec4j configuration: " + ex.getMessage(), ex);
    }
    if (!e.isJsonObject()) {
      throw new IllegalArgumentException("not a valid dec4j configuration: expected a JSON object");
    }
    return fromJson(e.getAsJsonObject());
  }

  /**
   * @param o settings by name
   * @return the validated configuration
   * @throws IllegalArgumentException if a name is unknown or a value invalid
   */
  public static DecConfig fromJson(JsonObject o) {
    Builder b = builder();
    for (Map.Entry<String, JsonElement> en : o.entrySet()) {
      Setting<?> s = Settings.byName(en.getKey());
      if (s == null) {
        throw new IllegalArgumentException("not a dec4j setting: '" + en.getKey() + "'");
      }
      b.parse(s, JsonValues.text(s, en.getValue()));
    }
    return b.build();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("DecConfig{");
    for (Setting<?> s : Settings.all()) {
      b.append(s.index() == 0 ? "" : ", ").append(s.name()).append('=').append(s.format(values[s.index()]));
    }
    return b.append('}').toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecConfig c)) {
      return false;
    }
    for (int i = 0; i < values.length; i++) {
      if (!Values.same(values[i], c.values[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Mutable builder of {@link DecConfig}; every setting starts at its default. */
  public static final class Builder {
    private final Object[] values = new Object[Settings.all().size()];

    private Builder() {
      for (Setting<?> s : Settings.all()) {
        values[s.index()] = s.defaultValue();
      }
    }

    /**
     * @param setting a setting
     * @param value its value (checked by {@link #build})
     * @param <T> its type
     * @return this
     */
    public <T> Builder set(Setting<T> setting, T value) {
      values[setting.index()] = Values.copy(value);
      return this;
    }

    /**
     * Sets a value from text ({@link Setting#parse}).
     *
     * @param setting a setting
     * @param text the value as a user typed it
     * @return this
     * @throws IllegalArgumentException if the text is not a value of the setting's type
     */
    public Builder parse(Setting<?> setting, String text) {
      values[setting.index()] = setting.parse(text);
      return this;
    }

    /**
     * @param setting a setting
     * @param <T> its type
     * @return its value in this builder
     */
    public <T> T get(Setting<T> setting) {
      return Values.copy(setting.type().cast(values[setting.index()]));
    }

    /**
     * Replaces the latent size (the last of the layers) and keeps the hidden layers.
     *
     * @param size latent size
     * @return this
     */
    public Builder latentSize(int size) {
      int[] l = get(Settings.LAYERS);
      if (l == null) {
        throw new IllegalStateException("the layers are automatic: resolve the recipe for the data first");
      }
      l[l.length - 1] = size;
      return set(Settings.LAYERS, l);
    }

    /**
     * Validates and builds.
     *
     * @return the configuration
     * @throws IllegalArgumentException with the first invalid setting's message ({@link Setting#check})
     */
    public DecConfig build() {
      for (Setting<?> s : Settings.all()) {
        String wrong = check(s);
        if (wrong != null) {
          throw new IllegalArgumentException(wrong);
        }
      }
      DecConfig c = new DecConfig(values.clone());
      String wrong = Settings.crossCheck(c);
      if (wrong != null) {
        throw new IllegalArgumentException(wrong);
      }
      return c;
    }

    private <T> String check(Setting<T> s) {
      Object v = values[s.index()];
      if (v != null && !s.type().isInstance(v)) {
        return s.name() + " must be a " + s.type().getSimpleName() + " (got " + v.getClass().getSimpleName() + ")";
      }
      return s.check(s.type().cast(v));
    }
  }
}
