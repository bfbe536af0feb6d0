package org.dec4j.engine.init;

import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingCancelledException;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KMeansInitializerTest {
  /** Three tight blobs at (0,0), (10,0), (0,10), 20 rows each. */
  private static double[] blobs() {
    SplittableRandom rng = new SplittableRandom(3);
    double[] x = new double[60 * 2];
    double[][] c = { { 0, 0 }, { 10, 0 }, { 0, 10 } };
    for (int i = 0; i < 60; i++) {
      x[2 * i] = c[i / 20][0] + 0.1 * rng.nextGaussian();
      x[2 * i + 1] = c[i / 20][1] + 0.1 * rng.nextGaussian();
    }
    return x;
  }

  @Test
  void findsSeparatedBlobs() {
    ClusterInitializer.Result r = new KMeansInitializer().initialize(blobs(), 60, 2, 3, 5, 1, CancellationToken.create());
    for (int b = 0; b < 3; b++) {
      for (int i = 1; i < 20; i++) {
        assertEquals(r.labels()[b * 20], r.labels()[b * 20 + i]);
      }
    }
    assertEquals(3, java.util.Arrays.stream(r.labels()).distinct().count());
    assertEquals(true, r.inertia() < 60 * 0.1, "inertia " + r.inertia());
  }

  @Test
  void sameSeedSameCentroids() {
    double[] x = blobs();
    ClusterInitializer.Result a = new KMeansInitializer().initialize(x, 60, 2, 4, 3, 9, CancellationToken.create());
    ClusterInitializer.Result b = new KMeansInitializer().initialize(x, 60, 2, 4, 3, 9, CancellationToken.create());
    assertArrayEquals(a.centroids(), b.centroids(), 0.0);
  }

  @Test
  void rejectsMoreClustersThanRowsAndStopsWhenCancelled() {
    assertThrows(IllegalArgumentException.class,
        () -> new KMeansInitializer().initialize(new double[4], 2, 2, 3, 1, 0, CancellationToken.create()));
    CancellationToken t = CancellationToken.create();
    t.cancel();
    assertThrows(TrainingCancelledException.class, () -> new KMeansInitializer().initialize(blobs(), 60, 2, 3, 5, 1, t));
  }
}
