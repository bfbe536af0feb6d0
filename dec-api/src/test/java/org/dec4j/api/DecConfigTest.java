package org.dec4j.api;

import org.dec4j.api.config.Activation;
import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The declaration of the settings and the configuration that holds one value of each. */
class DecConfigTest {
  @Test
  void defaultsFollowThePaper() {
    DecConfig c = DecConfig.defaults();
    assertNull(c.get(Settings.LAYERS), "the layers are the automatic recipe's");
    DecConfig images = AutoRecipe.resolve(c, 10_000, 784).config();
    assertArrayEquals(new int[] { 500, 500, 2000, 10 }, images.get(Settings.LAYERS), "the paper's for images");
    assertEquals(10, images.latentSize());
    assertEquals(Activation.RELU, c.get(Settings.ACTIVATION));
    assertEquals(1.0, c.get(Settings.ALPHA));
    assertEquals(0.01, c.get(Settings.LR));
    assertEquals(0.9, c.get(Settings.MOMENTUM));
    assertEquals(140, c.get(Settings.UPDATE_INTERVAL));
    assertEquals(0.001, c.get(Settings.TOL));
    assertEquals(256, c.get(Settings.BATCH_SIZE));
    assertEquals(20, c.get(Settings.KMEANS_RESTARTS));
    assertEquals(0L, c.get(Settings.SEED));
    assertEquals("dec", c.get(Settings.ENGINE));
    assertTrue(c.changed().isEmpty());
  }

  @Test
  void everySettingHasOneLowerCaseNameAHelpTextAndADefaultThatFollowsItsRule() {
    Set<String> names = new HashSet<>();
    for (Setting<?> s : Settings.all()) {
      assertTrue(names.add(s.name()), "declared twice: " + s.name());
      assertTrue(s.name().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), s.name());
      assertTrue(!s.help().isBlank() && s.help().length() < 300, s.name());
      assertNull(checkDefault(s), s.name());
      assertTrue(s.description().contains("default " + s.format(s.defaultValue())), s.description());
      assertEquals(s, Settings.byName(s.name()));
      if (s.group() == Setting.Group.ENGINE) {
        assertTrue(s.name().startsWith(s.readersText() + "-"), s.name() + " is read by " + s.readersText());
      }
    }
    assertEquals("kmeansRestarts", Settings.KMEANS_RESTARTS.propertyName());
  }

  @Test
  void everyValueFormatsToTextThatParsesBack() {
    for (Setting<?> s : Settings.all()) {
      roundTrip(s);
    }
  }

  private static <T> void roundTrip(Setting<T> s) {
    assertTrue(s.isDefault(s.defaultValue()));
    for (T v : java.util.Arrays.asList(s.defaultValue(), s.otherExample())) {
      if (v != null) {
        assertEquals(s.format(v), s.format(s.parse(s.format(v))), s.name());
      }
    }
  }

  @Test
  void jsonRoundTripKeepsEverySetting() {
    DecConfig.Builder b = DecConfig.builder();
    for (Setting<?> s : Settings.all()) {
      other(b, s);
    }
    DecConfig c = b.build();
    assertEquals(Settings.all().size() - 1, c.changed().size(), "all but the engine's name changed");
    DecConfig back = DecConfig.fromJson(c.toJson());
    assertEquals(c, back);
    assertEquals(c.toString(), back.toString());
    assertTrue(c.toString().contains("pretrain-corruption=0.1"), c.toString());
  }

  private static <T> void other(DecConfig.Builder b, Setting<T> s) {
    T v = s.otherExample();
    if (v != null) {
      b.set(s, v);
    }
  }

  @Test
  void missingJsonSettingsTakeDefaultsAndUnknownOnesOrBadJsonAreRefused() {
    DecConfig c = DecConfig.fromJson("{\"batch-size\": 4}");
    assertEquals(4, c.get(Settings.BATCH_SIZE));
    assertEquals(Settings.PRETRAIN_STEPS.defaultValue(), c.get(Settings.PRETRAIN_STEPS));
    assertMessage("not a dec4j setting: 'k'", () -> DecConfig.fromJson("{\"k\": 4}"));
    assertMessage("batch-size must be at least 1 (got 0)", () -> DecConfig.fromJson("{\"batch-size\": 0}"));
    assertThrows(IllegalArgumentException.class, () -> DecConfig.fromJson("not json"));
  }

  @Test
  void invalidValuesAreRefusedWithTheDeclarationsMessage() {
    assertMessage("layers must be one or more sizes, each at least 1 (got 10,0)",
        () -> DecConfig.builder().set(Settings.LAYERS, new int[] { 10, 0 }).build());
    assertMessage("alpha must be a positive number (got 0.0)", () -> DecConfig.builder().set(Settings.ALPHA, 0.0)
        .build());
    assertMessage("lr must be a positive number (got NaN)", () -> DecConfig.builder().set(Settings.LR, Double.NaN)
        .build());
    assertMessage("momentum must be in [0, 1) (got 1.0)", () -> DecConfig.builder().set(Settings.MOMENTUM, 1.0)
        .build());
    assertMessage("kmeans-restarts must be at least 1 (got 0)", () -> DecConfig.builder()
        .set(Settings.KMEANS_RESTARTS, 0).build());
    assertMessage("pretraining must be set", () -> DecConfig.builder().set(Settings.PRETRAINING, null).build());
    assertMessage("dac-lower must be below dac-upper", () -> DecConfig.builder().set(Settings.ENGINE, "dac")
        .set(Settings.DAC_LOWER, 0.6).set(Settings.DAC_UPPER, 0.5).build());
    DecConfig.builder().set(Settings.DAC_LOWER, 0.6).set(Settings.DAC_UPPER, 0.5).build();
    for (Setting<?> s : Settings.all()) {
      if (s.invalidExample() != null) {
        assertMessage(s.name() + " must be ", () -> invalid(s));
      }
    }
  }

  private static <T> void invalid(Setting<T> s) {
    DecConfig.builder().set(s, s.invalidExample()).build();
  }

  @Test
  void textIsParsedAsAUserTypesIt() {
    DecConfig c = DecConfig.builder().parse(Settings.SCALING, "min-max").parse(Settings.LAYERS, "64, 8")
        .parse(Settings.DETERMINISTIC, "TRUE").parse(Settings.PRETRAIN_LR, "1e-4").build();
    assertEquals(Scaling.MIN_MAX, c.get(Settings.SCALING));
    assertArrayEquals(new int[] { 64, 8 }, c.get(Settings.LAYERS));
    assertEquals(true, c.get(Settings.DETERMINISTIC));
    assertEquals(1e-4, c.get(Settings.PRETRAIN_LR));
    assertMessage("batch-size must be an integer (got 'x')", () -> DecConfig.builder().parse(Settings.BATCH_SIZE,
        "x"));
    assertMessage("activation must be one of RELU, LEAKY_RELU", () -> DecConfig.builder().parse(Settings.ACTIVATION,
        "swish"));
    assertMessage("deterministic must be true or false", () -> DecConfig.builder().parse(Settings.DETERMINISTIC,
        "yes"));
  }

  @Test
  void settingsTheEnginesDoNotReadAreNamedInAWarning() {
    DecConfig c = DecConfig.builder().set(Settings.IDEC_GAMMA, 0.5).set(Settings.LR, 0.02).build();
    assertEquals(List.of(), c.unreadBy(List.of("idec")));
    List<String> w = c.unreadBy(List.of("vade"));
    assertEquals(2, w.size(), w.toString());
    assertEquals("setting idec-gamma = 0.5 is ignored: vade does not read it (read by idec)", w.get(1));
    assertTrue(w.get(0).contains("lr = 0.02") && w.get(0).contains("read by dcn, dec, idec"), w.get(0));
    assertEquals(1, c.unreadBy(List.of("dec", "vade")).size(), "dec reads lr");
  }

  @Test
  void latentSizeReplacesTheLastLayer() {
    assertArrayEquals(new int[] { 500, 500, 2000, 5 }, DecConfig.builder().set(Settings.LAYERS,
        new int[] { 500, 500, 2000, 10 }).latentSize(5).build().get(Settings.LAYERS));
    assertThrows(IllegalStateException.class, () -> DecConfig.defaults().latentSize());
  }

  @Test
  void autoIsAValueOfTheAutomaticSettingsOnly() {
    assertTrue(Settings.LAYERS.automatic());
    assertTrue(Settings.PRETRAIN_STEPS.automatic());
    assertNull(Settings.PRETRAIN_STEPS.parse("AUTO"));
    assertEquals("auto", Settings.PRETRAIN_STEPS.format(null));
    assertEquals("auto", DecConfig.defaults().toJsonObject().get("layers").getAsString());
    DecConfig c = DecConfig.builder().parse(Settings.PRETRAIN_STEPS, "300").build();
    assertEquals(c, DecConfig.fromJson(c.toJson()));
    assertEquals(DecConfig.defaults(), DecConfig.fromJson(DecConfig.defaults().toJson()));
    assertMessage("max-iter must be an integer (got 'auto')", () -> Settings.MAX_ITER.parse("auto"));
    assertTrue(Settings.PRETRAIN_STEPS.description().contains("auto or at least 0; default auto"),
        Settings.PRETRAIN_STEPS.description());
  }

  @Test
  void theAutomaticRecipeFollowsItsWrittenRule() {
    AutoRecipe.Plan iris = AutoRecipe.resolve(DecConfig.defaults(), 150, 4);
    assertArrayEquals(new int[] { 32, 32, 4 }, iris.config().get(Settings.LAYERS));
    assertTrue(iris.text().startsWith("150 rows x 4 columns: a 4-32-32-4 network"), iris.text());
    assertArrayEquals(new int[] { 256, 256, 10 }, AutoRecipe.layers(64), "4 x 64 columns");
    assertArrayEquals(new int[] { 32, 32, 9 }, AutoRecipe.layers(9), "36 is nearest to 32");
    assertArrayEquals(new int[] { 1200, 1200 }, AutoRecipe.imsatHidden(784));
    assertEquals(0.0005, AutoRecipe.imsatLr(784), "IMSAT's smaller step on wide data");
    assertEquals(0.002, AutoRecipe.imsatLr(64), "the paper's code's step on narrow data");
    assertEquals(300, AutoRecipe.layerSteps(150, 150), "at least 300 steps per layer pair");
    assertEquals(700, AutoRecipe.layerSteps(1618, 256), "100 epochs of 7 batches");
    assertEquals(10_000, AutoRecipe.endToEndSteps(10_000, 256), "at most 10,000 steps");
    DecConfig given = DecConfig.builder().set(Settings.LAYERS, new int[] { 8, 2 }).set(Settings.PRETRAIN_STEPS, 5)
        .set(Settings.PRETRAIN_LAYER_STEPS, 5).set(Settings.IMSAT_HIDDEN, new int[] { 4 })
        .set(Settings.IMSAT_LR, 0.01).build();
    AutoRecipe.Plan explicit = AutoRecipe.resolve(given, 150, 4);
    assertNull(explicit.text(), "nothing left to the rule");
    assertEquals(given, explicit.config());
  }

  private static <T> String checkDefault(Setting<T> s) {
    return s.check(s.defaultValue());
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable e) {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
    assertTrue(ex.getMessage().contains(expected), ex.getMessage());
  }
}
