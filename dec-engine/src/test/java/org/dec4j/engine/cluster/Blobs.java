package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;

import java.util.SplittableRandom;

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
    SplittableRandom rng = new SplittableRandom(5);
    int d = 30;
    double[][] centres = new double[K][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = rng.nextGaussian() * 4;
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

  /** @return a configuration that trains in a second or two */
  public static DecConfig.Builder smallConfig() {
    return DecConfig.builder().k(K).encoderLayers(32, 16, 3).pretrainLayerSteps(60).pretrainSteps(100).batchSize(32).maxIterations(120)
        .updateInterval(20).kmeansRestarts(3).seed(7);
  }
}
