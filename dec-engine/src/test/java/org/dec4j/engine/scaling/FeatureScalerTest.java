package org.dec4j.engine.scaling;

import org.dec4j.api.config.Scaling;
import org.dec4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FeatureScalerTest {
  private static final FloatMatrix PIXELS = FloatMatrix.of(new double[][] { { 0, 255, 10 }, { 128, 0, 200 } });
  private static final FloatMatrix MIXED = FloatMatrix.of(new double[][] { { 1, 1000 }, { 3, 3000 }, { 2, -500 } });

  @Test
  void autoDividesPixelsByTheGlobalMaximumAndStandardisesMixedScales() {
    FeatureScaler s = FeatureScaler.fit(PIXELS, Scaling.AUTO);
    assertEquals(Scaling.GLOBAL_MAX, s.method());
    assertArrayEquals(new float[] { 0, 1, 10 / 255f, 128 / 255f, 0, 200 / 255f }, s.transform(PIXELS), 1e-7f);
    assertEquals(Scaling.STANDARDIZE, FeatureScaler.fit(MIXED, Scaling.AUTO).method());
  }

  @Test
  void standardizeGivesZeroMeanUnitVariance() {
    float[] t = FeatureScaler.fit(MIXED, Scaling.STANDARDIZE).transform(MIXED);
    for (int c = 0; c < 2; c++) {
      double m = 0;
      double v = 0;
      for (int r = 0; r < 3; r++) {
        m += t[r * 2 + c] / 3.0;
      }
      for (int r = 0; r < 3; r++) {
        v += (t[r * 2 + c] - m) * (t[r * 2 + c] - m) / 3.0;
      }
      assertEquals(0, m, 1e-6);
      assertEquals(1, v, 1e-5);
    }
  }

  @Test
  void minMaxMapsEachColumnToTheUnitIntervalAndLeavesConstantColumnsAlone() {
    FloatMatrix x = FloatMatrix.of(new double[][] { { 2, 5 }, { 4, 5 }, { 3, 5 } });
    assertArrayEquals(new float[] { 0, 0, 1, 0, 0.5f, 0 }, FeatureScaler.fit(x, Scaling.MIN_MAX).transform(x), 1e-7f);
  }

  @Test
  void noneKeepsValues() {
    assertArrayEquals(MIXED.toArray(), FeatureScaler.fit(MIXED, Scaling.NONE).transform(MIXED), 0f);
  }
}
