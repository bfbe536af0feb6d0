package org.dec4j.engine.core;

import org.dec4j.api.config.Settings;
import org.dec4j.api.parallel.Shared;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.nn.Embeddings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The worst-fitted rows of all partitions for the collapse watch's reseeding, as {@link Refinement} picks them on
 * one machine: each row's fit is its largest soft assignment under the shared state, and the vector holds the
 * {@code m} rows of lowest fit, each as its fit followed by its latent vector; merging keeps the {@code m} lowest
 * of both.
 */
final class ReseedTask extends StateTask {
  private static final long serialVersionUID = 1L;
  private final int dim;
  private final int m;

  ReseedTask(Shared<FitContext> context, Shared<float[]> state, int paramCount, int dim, int m) {
    super(context, state, paramCount);
    this.dim = dim;
    this.m = m;
  }

  @Override
  double[] work(FitContext c, float[] x, int n, float[] s, int partition) {
    int k = c.k();
    Autoencoder ae = c.autoencoder(x.length / n, s);
    double[] z = Embeddings.embed(ae.encoder(), x, n);
    double[] q = SoftAssignments.studentT(z, n, dim, centroids(s, paramCount, k * dim), k, c.config().get(
        Settings.ALPHA));
    int[] hard = Assignments.hard(q, n, k);
    double[] out = new double[n * (1 + dim)];
    for (int i = 0; i < n; i++) {
      out[i * (1 + dim)] = q[i * k + hard[i]];
      System.arraycopy(z, i * dim, out, i * (1 + dim) + 1, dim);
    }
    return lowest(out, new double[0]);
  }

  @Override
  public double[] merge(double[] a, double[] b) {
    return lowest(a, b);
  }

  /** The {@code m} entries of lowest fit of both, in increasing fit. */
  private double[] lowest(double[] a, double[] b) {
    int w = 1 + dim;
    List<double[]> all = new ArrayList<>();
    for (double[] v : new double[][] { a, b }) {
      for (int at = 0; at + w <= v.length; at += w) {
        all.add(java.util.Arrays.copyOfRange(v, at, at + w));
      }
    }
    all.sort(Comparator.comparingDouble(e -> e[0]));
    int keep = Math.min(m, all.size());
    double[] out = new double[keep * w];
    for (int i = 0; i < keep; i++) {
      System.arraycopy(all.get(i), 0, out, i * w, w);
    }
    return out;
  }

  /**
   * @param state the state
   * @param worst the merged vector: the worst-fitted rows of all partitions, in increasing fit
   * @param collapsing the clusters to move
   * @param group rows averaged into each new centroid
   * @param paramCount parameters before the centroids in the state
   * @param dim latent size
   * @param warn told of each move
   * @return a copy of the state with each collapsing centroid at the mean of its group of rows
   */
  static float[] moved(float[] state, double[] worst, List<Integer> collapsing, int group, int paramCount, int dim,
      java.util.function.Consumer<String> warn) {
    float[] next = state.clone();
    int w = 1 + dim;
    int at = 0;
    for (int j : collapsing) {
      double[] c = new double[dim];
      int taken = 0;
      for (; at + w <= worst.length && taken < group; at += w, taken++) {
        for (int t = 0; t < dim; t++) {
          c[t] += worst[at + 1 + t];
        }
      }
      for (int t = 0; t < dim && taken > 0; t++) {
        next[paramCount + j * dim + t] = (float) (c[t] / taken);
      }
      warn.accept(String.format(java.util.Locale.ROOT, "cluster %d reseeded at the %d worst-fitted rows", j, taken));
    }
    return next;
  }
}
