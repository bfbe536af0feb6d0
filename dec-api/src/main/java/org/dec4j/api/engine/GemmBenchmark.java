package org.dec4j.api.engine;

/**
 * The rate of the matrix products of one training step, measured on the numeric backend the engines use, so that
 * {@code dec bench} can print the ceiling a training step could reach. Implementations are registered in
 * {@code META-INF/services/org.dec4j.api.engine.GemmBenchmark}.
 */
public interface GemmBenchmark {
  /**
   * The products of a step of a stacked autoencoder, layer by layer: the forward product, the weight gradient and
   * the gradient passed down (not below the first layer), each timed over batches of the given size.
   *
   * @param sizes layer widths, input first, through the latent and back to the input (d-...-L-...-d)
   * @param batch rows per step
   * @param seconds about how long to measure
   * @return floating-point operations per second (2 per multiply-add)
   */
  double flopsPerSecond(int[] sizes, int batch, double seconds);

  /**
   * One short reading of the same rate, for readings taken between the intervals of a training run: on the arrays
   * of the last call for these shapes (warm), without a warm-up of its own.
   *
   * @param sizes layer widths, as for {@link #flopsPerSecond}
   * @param batch rows per step
   * @param seconds about how long to measure (at least one step)
   * @return floating-point operations per second
   */
  default double windowFlopsPerSecond(int[] sizes, int batch, double seconds) {
    return flopsPerSecond(sizes, batch, seconds);
  }

  /**
   * @param sizes layer widths, input first
   * @return the floating-point operations of one sample's training step: 2 x (3 products per layer, less the
   *     gradient below the first)
   */
  static double flopsPerSample(int[] sizes) {
    double f = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      f += (l == 0 ? 2 : 3) * 2.0 * sizes[l] * sizes[l + 1];
    }
    return f;
  }
}
