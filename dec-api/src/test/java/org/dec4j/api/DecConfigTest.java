package org.dec4j.api;

import org.dec4j.api.config.Activation;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Optimizer;
import org.dec4j.api.config.Scaling;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecConfigTest {
  @Test
  void defaultsFollowThePaper() {
    DecConfig c = DecConfig.defaults();
    assertArrayEquals(new int[] { 500, 500, 2000, 10 }, c.encoderLayers());
    assertEquals(10, c.latentSize());
    assertEquals(Activation.RELU, c.activation());
    assertEquals(1.0, c.alpha());
    assertEquals(0.01, c.learningRate());
    assertEquals(0.9, c.momentum());
    assertEquals(140, c.updateInterval());
    assertEquals(0.001, c.tolerance());
    assertEquals(256, c.batchSize());
    assertEquals(20, c.kmeansRestarts());
  }

  @Test
  void jsonRoundTripKeepsEveryField() {
    DecConfig c = DecConfig.builder().k(7).encoderLayers(64, 8).activation(Activation.TANH)
        .scaling(Scaling.MIN_MAX).weightInit(org.dec4j.api.config.WeightInit.FAN_IN_UNIFORM)
        .pretraining(org.dec4j.api.config.Pretraining.END_TO_END).pretrainLayerSteps(77).pretrainSteps(123).pretrainOptimizer(Optimizer.SGD).pretrainLearningRate(0.5)
        .pretrainMomentum(0.8).pretrainCorruption(0.1).batchSize(32).learningRate(0.02).momentum(0.5).alpha(2)
        .updateInterval(10).tolerance(0.01).maxIterations(99).kmeansRestarts(3).seed(42).deterministic(true).build();
    DecConfig back = DecConfig.fromJson(c.toJson());
    assertEquals(c, back);
    assertEquals(c.toString(), back.toString());
    assertTrue(c.toString().contains("pretrainCorruption=0.1"), c.toString());
  }

  @Test
  void missingJsonFieldsTakeDefaultsAndBadJsonIsRejected() {
    DecConfig c = DecConfig.fromJson("{\"k\": 4}");
    assertEquals(4, c.k());
    assertEquals(DecConfig.DEFAULT_PRETRAIN_STEPS, c.pretrainSteps());
    assertThrows(IllegalArgumentException.class, () -> DecConfig.fromJson("{\"k\": 1}"));
    assertThrows(IllegalArgumentException.class, () -> DecConfig.fromJson("not json"));
  }

  @Test
  void invalidValuesAreRejectedNamingTheParameter() {
    assertMessage("k must be at least 2 (got 1)", () -> DecConfig.builder().k(1).build());
    assertMessage("encoderLayers", () -> DecConfig.builder().encoderLayers().build());
    assertMessage("encoderLayers sizes must be at least 1", () -> DecConfig.builder().encoderLayers(10, 0).build());
    assertMessage("alpha must be a positive number", () -> DecConfig.builder().alpha(0).build());
    assertMessage("learningRate", () -> DecConfig.builder().learningRate(Double.NaN).build());
    assertMessage("momentum must be in [0, 1)", () -> DecConfig.builder().momentum(1).build());
    assertMessage("tolerance", () -> DecConfig.builder().tolerance(-0.1).build());
    assertMessage("batchSize", () -> DecConfig.builder().batchSize(0).build());
    assertMessage("pretrainCorruption", () -> DecConfig.builder().pretrainCorruption(1).build());
    assertMessage("kmeansRestarts", () -> DecConfig.builder().kmeansRestarts(0).build());
    assertMessage("updateInterval", () -> DecConfig.builder().updateInterval(0).build());
    assertMessage("maxIterations", () -> DecConfig.builder().maxIterations(-1).build());
    assertMessage("pretrainSteps", () -> DecConfig.builder().pretrainSteps(-1).build());
    assertMessage("pretrainLayerSteps", () -> DecConfig.builder().pretrainLayerSteps(-1).build());
    assertMessage("pretraining must be set", () -> DecConfig.builder().pretraining(null).build());
  }

  @Test
  void latentSizeReplacesTheLastLayer() {
    assertArrayEquals(new int[] { 500, 500, 2000, 5 }, DecConfig.builder().latentSize(5).build().encoderLayers());
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable e) {
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
    assertTrue(ex.getMessage().contains(expected), ex.getMessage());
  }
}
