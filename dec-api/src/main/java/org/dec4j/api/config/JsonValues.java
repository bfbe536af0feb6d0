package org.dec4j.api.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;

/** A setting's value in a configuration's JSON: written as a JSON value, read back as the text a user would type. */
final class JsonValues {
  private JsonValues() {
  }

  /**
   * @param v a setting's value (null: automatic)
   * @return it as JSON: an array for layers, a number, a boolean, or the text of the value ({@code auto} for null)
   */
  static JsonElement of(Object v) {
    if (v == null) {
      return new JsonPrimitive(Setting.AUTO);
    }
    if (v instanceof int[] a) {
      JsonArray arr = new JsonArray();
      for (int x : a) {
        arr.add(x);
      }
      return arr;
    }
    if (v instanceof Number n) {
      return new JsonPrimitive(n);
    }
    if (v instanceof Boolean b) {
      return new JsonPrimitive(b);
    }
    return new JsonPrimitive(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
  }

  /**
   * @param s the setting
   * @param v its value as read from JSON
   * @return the value as text for {@link Setting#parse} (an array's items joined by commas)
   * @throws IllegalArgumentException if the value is a JSON object or null
   */
  static String text(Setting<?> s, JsonElement v) {
    if (v.isJsonArray()) {
      List<String> parts = new ArrayList<>();
      v.getAsJsonArray().forEach(x -> parts.add(x.getAsString()));
      return String.join(",", parts);
    }
    if (v.isJsonPrimitive()) {
      return v.getAsString();
    }
    throw new IllegalArgumentException(s.name() + " must be a value, not " + v);
  }
}
