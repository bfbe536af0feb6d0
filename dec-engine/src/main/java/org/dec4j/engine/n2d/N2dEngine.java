package org.dec4j.engine.n2d;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.config.Settings;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.core.CollapseWatch;
import org.dec4j.engine.core.EmbeddedClusteringEngine;
import org.dec4j.engine.core.RefinementOutcome;
import org.dec4j.engine.core.Start;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.math.GaussianMixtureEm;
import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.nn.StackedNetwork;
import org.dec4j.engine.runtime.ProgressClock;
import tagbio.umap.Umap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The "n2d" engine, "(not too) deep" clustering: the pretrained autoencoder's embedding z = f(x), its local manifold
 * learnt by UMAP (K components, {@code n2d-neighbours} neighbours, a small minimum distance {@code n2d-min-dist}, as
 * in the paper), and a Gaussian mixture on the manifold coordinates, so that the clusters maximise
 * \[ \sum_i \log \sum_c \pi_c\, \mathcal N\big(h(f(x_i)); \mu_c, \operatorname{diag}\sigma_c^2\big) \]
 * where h maps the embedding to the manifold. UMAP has no transform in the model file, so h is a small network
 * ({@link ManifoldHead}, Adam at {@code n2d-head-lr}) fitted to reproduce UMAP's (standardised) coordinates of the
 * training rows; the model is the encoder and h stacked as one network, with the mixture's posterior as its
 * assignment. The training rows are clustered exactly as the saved model clusters new rows: by the mixture on
 * h(f(x)), fitted to those outputs.
 *
 * <p>Deviations from the paper: the mixture has diagonal covariances (the paper's scikit-learn mixture has full
 * ones), EM runs from {@code kmeans-restarts} k-means++ starts on the manifold coordinates and the most likely
 * result is kept, and it is fitted on h's outputs rather than on UMAP's, so that training and prediction agree. The
 * paper's minimum distance is 0, but this UMAP's fit of its curve parameters a, b breaks below about 0.05: on the
 * digits' raw features with 0.025 or less the layout is noise (a row's nearest neighbour in it has the row's class
 * 9% of the time, against 98.6% with 0.05 and 98.8% in the raw space). UMAP runs on one thread so that a seed
 * repeats; it cannot be interrupted, cancellation is checked before and after it and at every step of h.</p>
 *
 * <p>Reference: R. McConville, R. Santos-Rodriguez, R. J. Piechocki, I. Craddock: N2D: (Not Too) Deep Clustering via
 * Clustering the Local Manifold of an Autoencoded Embedding. ICPR 2020. UMAP: L. McInnes, J. Healy, J. Melville:
 * UMAP: Uniform Manifold Approximation and Projection for Dimension Reduction. arXiv:1802.03426.</p>
 */
public final class N2dEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "n2d";
  /** Adam steps fitting h. */
  static final int HEAD_STEPS = 3000;
  /** EM iterations at most. */
  static final int EM_ITERATIONS = 500;
  /** EM stops when the mean log-likelihood gains less. */
  static final double EM_TOLERANCE = 1e-7;
  /** Each component's variance is at least this share of the variance of all manifold coordinates. */
  static final double VARIANCE_FLOOR_SHARE = 1e-4;
  private static final int STEPS = 3;

  /** @param initializer k-means, for the latent vectors and for the mixture's start on the manifold */
  @Inject
  public N2dEngine(ClusterInitializer initializer) {
    super(NAME, initializer);
  }

  /** With k-means++, for use without an injector. */
  public N2dEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "N2D: UMAP on the pretrained autoencoder's embedding, then a Gaussian mixture; a network fitted to the"
        + " UMAP coordinates places new rows. " + Citations.n2dOneLine();
  }

  /** UMAP, the head, the mixture: three stages reported as the REFINE phase. */
  @Override
  protected RefinementOutcome refine(Start s) {
    int n = s.n();
    int k = s.k();
    int latent = s.ae().encoder().outputSize();
    int neighbours = Math.min(s.config().get(Settings.N2D_NEIGHBOURS), n - 1);
    SplittableRandom rng = s.rng();
    s.listener().phaseStarted(Phase.REFINE, STEPS);
    ProgressClock clock = new ProgressClock(0);
    List<String> warnings = new ArrayList<>();

    s.cancel().throwIfCancelled();
    double[] y = standardise(umap(s.z(), n, latent, k, neighbours, s.config().get(Settings.N2D_MIN_DIST),
        rng.nextLong()), n, k);
    s.listener().progress(TrainingEvent.of(Phase.REFINE, 1, STEPS, Double.NaN, Double.NaN));

    ManifoldHead.Fit head = ManifoldHead.fit(s.z(), y, n, latent, k, HEAD_STEPS, s.config().get(Settings.BATCH_SIZE),
        s.config().get(Settings.N2D_HEAD_LR), rng.split(), s.cancel());
    DenseNetwork net = StackedNetwork.of(s.ae().encoder(), head.head(), false);
    double[] yh = Embeddings.embed(net, s.x(), n);
    s.listener().progress(TrainingEvent.of(Phase.REFINE, 2, STEPS, head.meanSquaredError(), Double.NaN));

    int restarts = s.config().get(Settings.KMEANS_RESTARTS);
    GaussianMixtureEm.Mixture g = mixture(yh, n, k, restarts, rng, s.cancel());
    double logLikelihood = GaussianMixtureEm.logLikelihood(yh, n, k, g);
    double[] q = SoftAssignments.gaussianMixture(yh, n, k, g.weights(), g.means(), g.variances(), k);
    int[] labels = Assignments.hard(q, n, k);
    int[] sizes = Assignments.clusterSizes(labels, k);
    double entropy = Assignments.normalizedMeanEntropy(q, n, k);
    CollapseWatch.Verdict verdict = new CollapseWatch(s.config().get(Settings.COLLAPSE_FRACTION), k)
        .check(HEAD_STEPS, sizes, entropy);
    for (String m : verdict.messages()) {
      warnings.add(m);
      s.listener().warning(m);
    }
    s.listener().progress(new TrainingEvent(Phase.REFINE, STEPS, STEPS, -logLikelihood, Double.NaN, sizes, entropy,
        Double.NaN));
    double seconds = clock.elapsedSeconds();
    s.listener().phaseEnded(Phase.REFINE, seconds, String.format(Locale.ROOT, "UMAP to %d dimensions (%d"
        + " neighbours), head fitted with mean squared error %.4f, Gaussian mixture (best of %d EM runs),"
        + " log-likelihood %.4f per row", k, neighbours, head.meanSquaredError(), restarts, logLikelihood));
    return new RefinementOutcome(labels, q, yh, g.means(), HEAD_STEPS, -logLikelihood, Double.NaN,
        StopReason.CONVERGED, seconds, List.copyOf(warnings), net, ClusterHead.gaussianMixture(g.weights(),
            g.variances()));
  }

  /** The mixture of highest likelihood among EM runs, each from its own k-means++ start on y (n x dim). */
  private GaussianMixtureEm.Mixture mixture(double[] y, int n, int dim, int restarts, SplittableRandom rng,
      CancellationToken cancel) {
    double[] floor = GaussianMixtureEm.varianceFloor(y, n, dim, VARIANCE_FLOOR_SHARE);
    GaussianMixtureEm.Mixture best = null;
    double bestLl = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < restarts; r++) {
      cancel.throwIfCancelled();
      ClusterInitializer.Result km = initializer().initialize(y, n, dim, dim, 1, rng.nextLong(), cancel);
      GaussianMixtureEm.Mixture g = GaussianMixtureEm.fit(y, n, dim, km.labels(), km.centroids(), dim,
          EM_ITERATIONS, EM_TOLERANCE, floor);
      double ll = GaussianMixtureEm.logLikelihood(y, n, dim, g);
      if (best == null || ll > bestLl) {
        best = g;
        bestLl = ll;
      }
    }
    return best;
  }

  /** UMAP of the rows of z on one thread (a seed repeats). */
  static double[] umap(double[] z, int n, int dim, int components, int neighbours, double minDist, long seed) {
    float[][] rows = new float[n][dim];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < dim; t++) {
        rows[i][t] = (float) z[i * dim + t];
      }
    }
    Umap umap = new Umap();
    umap.setNumberComponents(components);
    umap.setNumberNearestNeighbours(Math.max(2, neighbours));
    umap.setMinDist((float) minDist);
    umap.setSeed(seed);
    umap.setThreads(1);
    umap.setVerbose(false);
    float[][] m = umap.fitTransform(rows);
    double[] out = new double[n * components];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < components; t++) {
        out[i * components + t] = m[i][t];
      }
    }
    return out;
  }

  /** Each column to mean 0 and standard deviation 1 (the head's targets). */
  static double[] standardise(double[] y, int n, int dim) {
    double[] out = y.clone();
    for (int t = 0; t < dim; t++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += y[i * dim + t] / n;
      }
      double var = 0;
      for (int i = 0; i < n; i++) {
        double d = y[i * dim + t] - mean;
        var += d * d / n;
      }
      double sd = var > 0 ? Math.sqrt(var) : 1;
      for (int i = 0; i < n; i++) {
        out[i * dim + t] = (y[i * dim + t] - mean) / sd;
      }
    }
    return out;
  }
}
