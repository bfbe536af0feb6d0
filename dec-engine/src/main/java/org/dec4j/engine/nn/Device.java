package org.dec4j.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Where ND4J keeps its arrays, and how the engine's own code writes into them. On the CPU backend an array's
 * buffer is the memory the Java code writes ({@code asNioFloat}), the fastest path, which the engine's hand-written
 * parts use. On a device backend (CUDA, {@code mvn -Pcuda}) the host copy is only a mirror: a write into it is
 * not seen by the device, so values go in through ND4J (a host-to-device copy), and the training step's own parts
 * run as ND4J operations there: Adam as ND4J's fused updater ({@link GradientStepper#adam}), batches gathered from
 * the rows held on the device ({@link Batches}), dropout as a mask multiplied on the device ({@link Dropout}).
 */
public final class Device {
  private static volatile Boolean host;
  private static volatile Boolean forced;

  private Device() {
  }

  /** @return whether ND4J's arrays live in host memory (the CPU backend) */
  public static boolean host() {
    Boolean f = forced;
    if (f != null) {
      return !f;
    }
    Boolean h = host;
    if (h == null) {
      // the CUDA backend is org.nd4j.linalg.jcublas.JCublasBackend; the CPU one org.nd4j.linalg.cpu.nativecpu.CpuBackend
      String backend = Nd4j.getBackend().getClass().getName().toLowerCase(java.util.Locale.ROOT);
      h = !(backend.contains("jcublas") || backend.contains("cuda"));
      host = h;
    }
    return h;
  }

  /**
   * Makes the engine take its device paths on any backend (they are ND4J operations, which run on the CPU too), so
   * that tests without a GPU run them; null returns to the backend's own paths. Objects made before keep the
   * paths they chose.
   *
   * @param devicePaths true for the device paths, false for the host paths, null for the backend's
   */
  public static void usePaths(Boolean devicePaths) {
    forced = devicePaths;
  }

  /**
   * Writes values into an array that is not a view, in its own order: straight into its buffer on the host, or
   * through ND4J onto the device.
   *
   * @param target the array
   * @param values its values in its buffer order
   */
  public static void write(INDArray target, float[] values) {
    if (host()) {
      target.data().asNioFloat().put(0, values);
    } else {
      target.assign(Nd4j.create(values, target.shape(), target.ordering()));
    }
  }
}
