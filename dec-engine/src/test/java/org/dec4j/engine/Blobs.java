package org.dec4j.engine;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small test data: well separated Gaussian blobs in 30 dimensions, and a small, fast configuration. */
public final class Blobs {
  /** Rows per blob. */
  public static final int PER = 40;
  /** Blobs. */
  public static final int K = 3;

  private Blobs() {
  }

  /** @return 120 x 30 rows, blob b in rows [b*40, (b+1)*40) */
  public static FloatMatrix data() {
    return blobs(4);
  }

  /**
   * @param spread standard deviations between the blob centres per coordinate
   * @return 120 x 30 rows, blob b in rows [b*40, (b+1)*40)
   */
  public static FloatMatrix blobs(double spread) {
    SplittableRandom rng = new SplittableRandom(5);
    int d = 30;
    double[][] centres = new double[K][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = rng.nextGaussian() * spread;
      }
    }
    double[][] x = new double[K * PER][d];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = centres[i / PER][j] + rng.nextGaussian();
      }
    }
    return FloatMatrix.of(x);
  }

  /** @return a configuration that trains in a second or two (IMSAT with a narrow 64-64 network) */
  public static DecConfig.Builder smallConfig() {
    return DecConfig.builder().set(Settings.LAYERS, new int[] { 32, 16, 3 }).set(Settings.PRETRAIN_LAYER_STEPS, 60)
        .set(Settings.PRETRAIN_STEPS, 100).set(Settings.BATCH_SIZE, 32).set(Settings.MAX_ITER, 120)
        .set(Settings.UPDATE_INTERVAL, 20).set(Settings.KMEANS_RESTARTS, 3).set(Settings.SEED, 7L)
        .set(Settings.IMSAT_HIDDEN, new int[] { 64, 64 });
  }

  /**
   * @param labels the labels of {@link #data()}
   * @param what what is tested, for the messages
   */
  public static void assertSeparated(int[] labels, String what) {
    for (int b = 0; b < K; b++) {
      for (int i = 0; i < PER; i++) {
        assertEquals(labels[b * PER], labels[b * PER + i], what + " row " + (b * PER + i));
      }
    }
    assertEquals(K, Arrays.stream(labels).distinct().count(), what);
  }
}
