package org.dec4j.engine.core;

import org.dec4j.api.config.Settings;
import org.dec4j.api.parallel.Shared;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.nn.Embeddings;

/**
 * A check of a data-parallel refinement on one partition, as {@link Refinement#run} makes it on all rows: the
 * partition's soft assignments under the shared state (Student's t around the centroids, the assignment of every
 * data-parallel engine's model), summed into the cluster frequencies f_j, its hard cluster sizes, its summed
 * normalised entropy, and how many of its labels differ from those under the previous state (none without one).
 * The vector: f (k), sizes (k), entropy, changed, rows.
 */
final class CheckTask extends StateTask {
  private static final long serialVersionUID = 1L;
  private final Shared<float[]> previous;
  private final int dim;

  CheckTask(Shared<FitContext> context, Shared<float[]> state, Shared<float[]> previous, int paramCount, int dim) {
    super(context, state, paramCount);
    this.previous = previous;
    this.dim = dim;
  }

  @Override
  double[] work(FitContext c, float[] x, int n, float[] s, int partition) {
    int k = c.k();
    double[] q = assign(c, x, n, s);
    int[] labels = Assignments.hard(q, n, k);
    double[] out = new double[2 * k + 3];
    System.arraycopy(Assignments.columnSums(q, n, k), 0, out, 0, k);
    int[] sizes = Assignments.clusterSizes(labels, k);
    for (int j = 0; j < k; j++) {
      out[k + j] = sizes[j];
    }
    out[2 * k] = Assignments.normalizedMeanEntropy(q, n, k) * n;
    if (previous != null) {
      int[] before = Assignments.hard(assign(c, x, n, previous.value()), n, k);
      out[2 * k + 1] = Math.round(Assignments.changedShare(before, labels) * n);
    }
    out[2 * k + 2] = n;
    return out;
  }

  private double[] assign(FitContext c, float[] x, int n, float[] s) {
    Autoencoder ae = c.autoencoder(x.length / n, s);
    return SoftAssignments.studentT(Embeddings.embed(ae.encoder(), x, n), n, dim, centroids(s, paramCount,
        c.k() * dim), c.k(), c.config().get(Settings.ALPHA));
  }
}
