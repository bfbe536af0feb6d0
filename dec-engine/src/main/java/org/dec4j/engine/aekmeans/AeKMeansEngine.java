package org.dec4j.engine.aekmeans;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.config.Settings;
import org.dec4j.api.model.StopReason;
import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.core.DataParallelism;
import org.dec4j.engine.core.EmbeddedClusteringEngine;
import org.dec4j.engine.core.RefinementOutcome;
import org.dec4j.engine.core.Start;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.math.SoftAssignments;

import java.util.List;

/**
 * The "ae-kmeans" engine, the baseline DEC is compared against: DEC's pretrained autoencoder f and k-means++
 * ({@code kmeans-restarts} restarts) on its latent vectors, with no refinement, minimising
 * \[ \min_{\mu} \sum_i \min_j \| f(x_i) - \mu_j \|^2 \]
 * for the fixed f. The model holds the k-means centroids: its hard assignments are the nearest centroids, its
 * soft assignments DEC's Student's t kernel (whose largest value is the nearest centroid).
 *
 * <p>Reference: the AE+k-means baseline of J. Xie, R. Girshick, A. Farhadi: Unsupervised Deep Embedding for
 * Clustering Analysis. ICML 2016, section 4.</p>
 */
public final class AeKMeansEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "ae-kmeans";

  /** @param initializer k-means on the latent vectors */
  @Inject
  public AeKMeansEngine(ClusterInitializer initializer) {
    super(NAME, initializer);
  }

  /** With k-means++, for use without an injector. */
  public AeKMeansEngine() {
    this(new KMeansInitializer());
  }

  /** Data-parallel: pretraining and k-means. */
  @Override
  protected DataParallelism dataParallelism() {
    return DataParallelism.START;
  }

  @Override
  public String description() {
    return "Autoencoder + k-means: DEC's pretrained autoencoder and k-means++ on its latent vectors, no"
        + " refinement (the baseline of the DEC paper). " + Citations.decOneLine();
  }

  /** Keeps the k-means centroids; no REFINE phase runs. */
  @Override
  protected RefinementOutcome refine(Start s) {
    int latent = s.ae().encoder().outputSize();
    double[] q = SoftAssignments.studentT(s.z(), s.n(), latent, s.init().centroids(), s.k(),
        s.config().get(Settings.ALPHA));
    return new RefinementOutcome(Assignments.hard(q, s.n(), s.k()), q, s.z(), s.init().centroids().clone(), 0,
        Double.NaN, Double.NaN, StopReason.NO_REFINEMENT, 0, List.of());
  }
}
