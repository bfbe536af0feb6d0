package org.dec4j.api;

import org.dec4j.api.config.DecConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loss weights of IDEC (gamma) and DCN (lambda) in the configuration. */
class DecConfigLossWeightsTest {
  @Test
  void defaultsJsonRoundTripAndPrinting() {
    DecConfig d = DecConfig.defaults();
    assertEquals(0.1, d.gamma());
    assertEquals(DecConfig.DEFAULT_LAMBDA, d.lambda());
    DecConfig c = DecConfig.builder().gamma(0.25).lambda(0.05).build();
    DecConfig back = DecConfig.fromJson(c.toJson());
    assertEquals(c, back);
    assertEquals(0.25, back.gamma());
    assertEquals(0.05, back.lambda());
    assertEquals(c, c.toBuilder().build());
    assertTrue(c.toString().contains("gamma=0.25, lambda=0.05"), c.toString());
  }

  @Test
  void configurationsSavedBeforeTheFieldsExistedReadWithTheDefaults() {
    DecConfig c = DecConfig.fromJson("{\"k\": 4, \"alpha\": 1.0}");
    assertEquals(DecConfig.DEFAULT_GAMMA, c.gamma());
    assertEquals(DecConfig.DEFAULT_LAMBDA, c.lambda());
  }

  @Test
  void nonPositiveOrNonFiniteWeightsAreRejectedNamingTheParameter() {
    for (double bad : new double[] { 0, -0.1, Double.NaN, Double.POSITIVE_INFINITY }) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> DecConfig.builder().gamma(bad).build());
      assertTrue(e.getMessage().startsWith("gamma must be a positive number"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> DecConfig.builder().lambda(bad).build());
      assertTrue(e.getMessage().startsWith("lambda must be a positive number"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> DecConfig.fromJson("{\"gamma\": 0}"));
  }
}
