package org.dec4j.engine.scaling;

import org.dec4j.api.config.Scaling;
import org.dec4j.api.data.FloatMatrix;

/**
 * A fitted per-column affine scaling x' = (x - offset_c) * factor_c. {@link #fit} resolves
 * {@link Scaling#AUTO} to a concrete method and remembers it, so the model applies exactly what it learnt.
 *
 * @param method the concrete method applied (never AUTO)
 * @param offset per-column offset
 * @param factor per-column factor
 */
public record FeatureScaler(Scaling method, double[] offset, double[] factor) {

  /** Defensive copies. */
  public FeatureScaler {
    offset = offset.clone();
    factor = factor.clone();
  }

  @Override
  public double[] offset() {
    return offset.clone();
  }

  @Override
  public double[] factor() {
    return factor.clone();
  }

  /**
   * Fits the scaling on training rows.
   *
   * @param x rows (finite values)
   * @param method method; AUTO is resolved here
   * @return the fitted scaler
   */
  public static FeatureScaler fit(FloatMatrix x, Scaling method) {
    int n = x.rows();
    int d = x.cols();
    double[] min = new double[d];
    double[] max = new double[d];
    double[] mean = new double[d];
    double[] sd = new double[d];
    java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = x.get(i, j);
        min[j] = Math.min(min[j], v);
        max[j] = Math.max(max[j], v);
        mean[j] += v / n;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = x.get(i, j) - mean[j];
        sd[j] += v * v / n;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]);
    }
    return fromStatistics(min, max, mean, sd, method);
  }

  /**
   * Fits the scaling on the training rows' column statistics (a data-parallel fit sums them over partitions).
   *
   * @param min per-column minimum
   * @param max per-column maximum
   * @param mean per-column mean
   * @param sd per-column standard deviation (population)
   * @param method method; AUTO is resolved here
   * @return the fitted scaler
   */
  public static FeatureScaler fromStatistics(double[] min, double[] max, double[] mean, double[] sd,
      Scaling method) {
    int d = min.length;
    Scaling m = method == Scaling.AUTO ? Scaling.resolveAuto(min, max) : method;
    double[] off = new double[d];
    double[] fac = new double[d];
    double globalAbsMax = 0;
    for (int j = 0; j < d; j++) {
      globalAbsMax = Math.max(globalAbsMax, Math.max(Math.abs(min[j]), Math.abs(max[j])));
    }
    for (int j = 0; j < d; j++) {
      switch (m) {
        case NONE -> fac[j] = 1;
        case MIN_MAX -> {
          off[j] = min[j];
          fac[j] = max[j] > min[j] ? 1.0 / (max[j] - min[j]) : 1;
        }
        case STANDARDIZE -> {
          off[j] = mean[j];
          fac[j] = sd[j] > 0 ? 1.0 / sd[j] : 1;
        }
        case GLOBAL_MAX -> fac[j] = globalAbsMax > 0 ? 1.0 / globalAbsMax : 1;
        default -> throw new IllegalStateException(m.toString());
      }
    }
    return new FeatureScaler(m, off, fac);
  }

  /** @return number of columns the scaler was fitted on */
  public int dimension() {
    return offset.length;
  }

  /**
   * Scales rows into a new row-major array.
   *
   * @param x rows with {@link #dimension()} columns
   * @return scaled values, row-major
   */
  public float[] transform(FloatMatrix x) {
    if (x.cols() != offset.length) {
      throw new IllegalArgumentException("expected " + offset.length + " columns, got " + x.cols());
    }
    int d = offset.length;
    float[] out = x.toArray();
    for (int i = 0; i < out.length; i++) {
      int j = i % d;
      out[i] = (float) ((out[i] - offset[j]) * factor[j]);
    }
    return out;
  }
}
