package org.dec4j.engine;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** What the gradient checks share: random inputs and the central finite-difference gradient of a loss. */
public final class FiniteDifferences {
  private FiniteDifferences() {
  }

  /**
   * @param rng generator
   * @param length values
   * @return standard normal values
   */
  public static double[] gaussian(SplittableRandom rng, int length) {
    double[] a = new double[length];
    for (int i = 0; i < length; i++) {
      a[i] = rng.nextGaussian();
    }
    return a;
  }

  /**
   * \[ \frac{\partial f}{\partial x_i} \approx \frac{f(x + h e_i) - f(x - h e_i)}{2h} \]
   *
   * @param f the loss
   * @param x where (not changed)
   * @param h the step
   * @return the numeric gradient
   */
  public static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] plus = x.clone();
      double[] minus = x.clone();
      plus[i] += h;
      minus[i] -= h;
      g[i] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * h);
    }
    return g;
  }
}
