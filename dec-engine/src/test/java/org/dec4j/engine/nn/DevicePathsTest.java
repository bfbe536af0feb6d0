package org.dec4j.engine.nn;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.engine.Blobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The device paths of the training step ({@link Device}: what a CUDA build runs on the GPU) run here on the CPU
 * backend and give what the host paths give: the same batches, the same dropout, Adam within float rounding, and
 * a whole fit that separates the blobs as the host paths' does.
 */
class DevicePathsTest {
  @AfterEach
  void backToTheBackendsPaths() {
    Device.usePaths(null);
  }

  @Test
  void batchesAndDropoutAreTheSameOnBothPaths() {
    FloatMatrix x = Blobs.data();
    float[] rows = x.toArray();
    Device.usePaths(false);
    Batches host = new Batches(rows, x.rows(), x.cols(), 16, new SplittableRandom(3));
    Dropout hostNoise = new Dropout(16, x.cols(), 0.2, new SplittableRandom(4));
    Device.usePaths(true);
    Batches device = new Batches(rows, x.rows(), x.cols(), 16, new SplittableRandom(3));
    Dropout deviceNoise = new Dropout(16, x.cols(), 0.2, new SplittableRandom(4));
    for (int step = 0; step < 20; step++) {
      INDArray a = host.next();
      INDArray b = device.next();
      assertArrayEquals(a.toFloatMatrix(), b.toFloatMatrix(), "batch " + step);
      assertArrayEquals(host.values(), device.values(), "batch " + step);
      assertArrayEquals(hostNoise.apply(host.values()).toFloatMatrix(), deviceNoise.apply(b).toFloatMatrix(),
          "dropout " + step);
      INDArray g = Nd4j.rand(DataType.FLOAT, 16, x.cols()).dup('f');
      assertArrayEquals(hostNoise.backprop(g.dup('f')).toFloatMatrix(), deviceNoise.backprop(g.dup('f'))
          .toFloatMatrix(), "dropout gradient " + step);
    }
  }

  @Test
  void aLargeBatchGatheredOnAllCoresIsTheDevicesGather() {
    Gemm.takeOverBlasThreads();
    int n = 1000;
    int d = 300;
    float[] rows = new float[n * d];
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (float) rng.nextDouble();
    }
    Device.usePaths(false);
    Batches host = new Batches(rows, n, d, 256, new SplittableRandom(6));
    Device.usePaths(true);
    Batches device = new Batches(rows, n, d, 256, new SplittableRandom(6));
    for (int step = 0; step < 8; step++) {
      assertArrayEquals(device.next().toFloatMatrix(), host.next().toFloatMatrix(), "batch " + step);
      assertArrayEquals(device.values(), host.values(), "batch " + step);
    }
  }

  @Test
  void adamOnTheDeviceIsNd4jsAndStepsAsTheHostOne() {
    INDArray a = Nd4j.rand(DataType.FLOAT, 1, 40);
    INDArray b = a.dup();
    Device.usePaths(false);
    GradientStepper host = GradientStepper.adam(a, 1e-2);
    Device.usePaths(true);
    GradientStepper device = GradientStepper.adam(b, 1e-2);
    assertEquals(UpdaterStepper.class, device.getClass());
    for (int step = 0; step < 10; step++) {
      INDArray g = Nd4j.rand(DataType.FLOAT, 1, 40).subi(0.5);
      host.step(g.dup());
      device.step(g.dup());
    }
    assertArrayEquals(a.toFloatVector(), b.toFloatVector(), 1e-5f);
  }

  @Test
  void aFitOnTheDevicePathsSeparatesTheBlobs() {
    Device.usePaths(true);
    int[] labels = Engines.get("dec").fit(Blobs.data(), Blobs.K, Blobs.smallConfig().set(
        org.dec4j.api.config.Settings.PRETRAINING, org.dec4j.api.config.Pretraining.END_TO_END).build()).labels();
    Blobs.assertSeparated(labels, "dec on the device paths");
  }
}
