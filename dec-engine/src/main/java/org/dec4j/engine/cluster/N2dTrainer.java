package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.math.DecMath;
import org.dec4j.engine.math.GaussianMixtureEm;
import org.dec4j.engine.math.MixtureMath;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.runtime.ProgressClock;
import tagbio.umap.Umap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * N2D, "(not too) deep" clustering: the pretrained autoencoder's embedding z = f(x) ({@link
 * EmbeddedClusteringTrainer}), its local manifold learnt by UMAP (K components, {@value #NEIGHBOURS} neighbours,
 * a small minimum distance, as in the paper), and a Gaussian mixture on the manifold coordinates, so that the clusters
 * maximise
 * \[ \sum_i \log \sum_c \pi_c\, \mathcal N\big(h(f(x_i)); \mu_c, \operatorname{diag}\sigma_c^2\big) \]
 * where h maps the embedding to the manifold. UMAP has no transform in the model file, so h is a small network
 * ({@link ManifoldHead}) fitted to reproduce UMAP's (standardised) coordinates of the training rows; the model is
 * the encoder and h stacked as one network, with the mixture's posterior as its assignment. The training rows are
 * clustered exactly as the saved model clusters new rows: by the mixture on h(f(x)), fitted to those outputs.
 *
 * <p>Deviations from the paper: the mixture has diagonal covariances (the paper's scikit-learn mixture has full
 * ones), EM runs from {@code kmeansRestarts} k-means++ starts on the manifold coordinates and the most likely
 * result is kept, and it is fitted on h's outputs rather than on
 * UMAP's, so that training and prediction agree. UMAP runs on one thread so that a seed repeats; it cannot be
 * interrupted, cancellation is checked before and after it and at every step of h.</p>
 *
 * <p>Reference: R. McConville, R. Santos-Rodriguez, R. J. Piechocki, I. Craddock: N2D: (Not Too) Deep Clustering via
 * Clustering the Local Manifold of an Autoencoded Embedding. ICPR 2020. UMAP: L. McInnes, J. Healy, J. Melville:
 * UMAP: Uniform Manifold Approximation and Projection for Dimension Reduction. arXiv:1802.03426.</p>
 */
public final class N2dTrainer extends EmbeddedClusteringTrainer {
  /** UMAP's number of neighbours (the paper's 20). */
  static final int NEIGHBOURS = 20;
  /**
   * UMAP's minimum distance. The paper's 0 packs clusters tightly, but this UMAP's fit of its curve parameters a, b
   * breaks below about 0.05: on the digits' raw features with 0.025 or less the layout is noise (a row's nearest
   * neighbour in it has the row's class 9% of the time, against 98.6% with 0.05 and 98.8% in the raw space).
   */
  static final float MIN_DIST = 0.05f;
  /** Adam steps fitting h. */
  static final int HEAD_STEPS = 3000;
  /** EM iterations at most. */
  static final int EM_ITERATIONS = 500;
  /** EM stops when the mean log-likelihood gains less. */
  static final double EM_TOLERANCE = 1e-7;
  /** Each component's variance is at least this share of the variance of all manifold coordinates. */
  static final double VARIANCE_FLOOR_SHARE = 1e-4;
  private static final int STEPS = 3;

  private final ClusterInitializer mixtureStart;

  /**
   * @param autoencoders builds the network
   * @param pretrainer reconstruction pretraining
   * @param initializer k-means, for the latent vectors and for the mixture's start on the manifold
   */
  public N2dTrainer(AutoencoderFactory autoencoders, AutoencoderPretrainer pretrainer,
      ClusterInitializer initializer) {
    super(autoencoders, pretrainer, initializer);
    this.mixtureStart = initializer;
  }

  @Override
  protected RefinementOutcome refine(Pretrained p, double[] z, ClusterInitializer.Result init, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    int n = p.rows();
    int k = config.k();
    int latent = p.ae().encoder().outputSize();
    int dims = k;
    listener.phaseStarted(Phase.REFINE, STEPS);
    ProgressClock clock = new ProgressClock(0);
    List<String> warnings = new ArrayList<>();

    cancel.throwIfCancelled();
    double[] y = standardise(umap(z, n, latent, dims, rng.nextLong()), n, dims);
    listener.progress(TrainingEvent.of(Phase.REFINE, 1, STEPS, Double.NaN, Double.NaN));

    ManifoldHead.Fit head = ManifoldHead.fit(z, y, n, latent, dims, HEAD_STEPS, config.batchSize(), rng.split(),
        cancel);
    DenseNetwork net = ManifoldHead.stack(p.ae().encoder(), head.head());
    double[] yh = Embeddings.embed(net, p.x(), n);
    listener.progress(TrainingEvent.of(Phase.REFINE, 2, STEPS, head.meanSquaredError(), Double.NaN));

    GaussianMixtureEm.Mixture g = mixture(yh, n, dims, k, config.kmeansRestarts(), rng, cancel);
    double logLikelihood = GaussianMixtureEm.logLikelihood(yh, n, dims, g);
    double[] q = MixtureMath.posterior(yh, n, dims, g.weights(), g.means(), g.variances(), k);
    int[] labels = DecMath.hardAssignments(q, n, k);
    int[] sizes = DecMath.clusterSizes(labels, k);
    CollapseWatch.Verdict verdict = new CollapseWatch(config).check(HEAD_STEPS, sizes,
        DecMath.normalizedMeanEntropy(q, n, k));
    for (String m : verdict.messages()) {
      warnings.add(m);
      listener.warning(m);
    }
    listener.progress(new TrainingEvent(Phase.REFINE, STEPS, STEPS, -logLikelihood, Double.NaN, sizes,
        DecMath.normalizedMeanEntropy(q, n, k), Double.NaN));
    double seconds = clock.elapsedSeconds();
    listener.phaseEnded(Phase.REFINE, seconds, String.format(Locale.ROOT, "UMAP to %d dimensions (%d neighbours),"
        + " head fitted with mean squared error %.4f, Gaussian mixture (best of %d EM runs), log-likelihood"
        + " %.4f per row", dims, Math.min(NEIGHBOURS, n - 1), head.meanSquaredError(), config.kmeansRestarts(),
        logLikelihood));
    return new RefinementOutcome(labels, q, yh, g.means(), HEAD_STEPS, -logLikelihood, Double.NaN,
        StopReason.CONVERGED, seconds, List.copyOf(warnings)).with(net, ClusterHead.gaussianMixture(g.weights(), g.variances()));
  }

  /**
   * The mixture of highest likelihood among EM runs, each from its own k-means++ start.
   *
   * @param y n x dim manifold coordinates
   * @param n rows
   * @param dim dimension
   * @param k components
   * @param restarts EM runs
   * @param rng seeds of the k-means starts
   * @param cancel checked before each run
   * @return the best mixture
   */
  private GaussianMixtureEm.Mixture mixture(double[] y, int n, int dim, int k, int restarts, SplittableRandom rng,
      CancellationToken cancel) {
    double[] floor = GaussianMixtureEm.varianceFloor(y, n, dim, VARIANCE_FLOOR_SHARE);
    GaussianMixtureEm.Mixture best = null;
    double bestLl = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < restarts; r++) {
      cancel.throwIfCancelled();
      ClusterInitializer.Result km = mixtureStart.initialize(y, n, dim, k, 1, rng.nextLong(), cancel);
      GaussianMixtureEm.Mixture g = GaussianMixtureEm.fit(y, n, dim, km.labels(), km.centroids(), k, EM_ITERATIONS,
          EM_TOLERANCE, floor);
      double ll = GaussianMixtureEm.logLikelihood(y, n, dim, g);
      if (best == null || ll > bestLl) {
        best = g;
        bestLl = ll;
      }
    }
    return best;
  }

  /** UMAP of the rows of z on one thread (a seed repeats). */
  static double[] umap(double[] z, int n, int dim, int components, long seed) {
    float[][] rows = new float[n][dim];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < dim; t++) {
        rows[i][t] = (float) z[i * dim + t];
      }
    }
    Umap umap = new Umap();
    umap.setNumberComponents(components);
    umap.setNumberNearestNeighbours(Math.max(2, Math.min(NEIGHBOURS, n - 1)));
    umap.setMinDist(MIN_DIST);
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
