package org.dec4j.engine.idec;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.api.config.Settings;
import org.dec4j.engine.core.DataParallelism;
import org.dec4j.engine.core.EmbeddedClusteringEngine;
import org.dec4j.engine.core.JointGradient;
import org.dec4j.engine.core.Refinement;
import org.dec4j.engine.core.Start;
import org.dec4j.engine.dec.DecEngine;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * The "idec" engine, Improved Deep Embedded Clustering: DEC (pretraining, k-means on the latent vectors, the target
 * distribution P recomputed at every check), but the refinement keeps the decoder and each step minimises
 * \[ L = L_r + \gamma L_c = \frac{1}{b\,d} \sum_i \| x_i - g(f(x_i)) \|^2 + \frac{\gamma}{b} KL(P \| Q) \]
 * so that the reconstruction loss preserves the local structure of the data while KL(P||Q) sharpens the clusters.
 * The encoder receives both gradients, the decoder only the reconstruction gradient, the centroids only the
 * clustering gradient ({@link JointGradient}, {@link IdecMath}). gamma is the setting {@code idec-gamma} (0.1 as in
 * the paper). All three use the refinement SGD ({@code lr}, {@code momentum}, Nesterov) as DEC does; the authors
 * used Adam on image data. The progress loss is KL(P||Q) per row, as for DEC.
 *
 * <p>Reference: X. Guo, L. Gao, X. Liu, J. Yin: Improved Deep Embedded Clustering with Local Structure
 * Preservation. IJCAI 2017.</p>
 */
public final class IdecEngine extends EmbeddedClusteringEngine {
  /** The engine's name. */
  public static final String NAME = "idec";

  /** @param initializer initial centroids */
  @Inject
  public IdecEngine(ClusterInitializer initializer) {
    super(NAME, initializer);
  }

  /** With k-means++ initialisation, for use without an injector. */
  public IdecEngine() {
    this(new KMeansInitializer());
  }

  /** Data-parallel: pretraining, k-means and the refinement. */
  @Override
  protected DataParallelism dataParallelism() {
    return DataParallelism.REFINEMENT;
  }

  @Override
  public String description() {
    return "Improved DEC: DEC's refinement with the decoder kept, minimising reconstruction error + gamma"
        + " KL(P||Q). " + Citations.idecOneLine();
  }

  @Override
  protected Refinement refinement(Start s) {
    return new Run(s);
  }

  /** IDEC's refinement state: DEC's, plus the decoder and its SGD state. */
  private static final class Run extends DecEngine.Run {
    private final DenseNetwork decoder;
    private final GradientStepper decoderStepper;
    private final double gamma;
    private final JointGradient joint;
    private final double[] qBatch;

    Run(Start s) {
      super(s, s.ae().encoder(), s.rng());
      this.decoder = s.ae().decoder();
      this.decoderStepper = GradientStepper.nesterov(decoder.params(), config.get(Settings.LR),
          config.get(Settings.MOMENTUM));
      this.gamma = config.get(Settings.IDEC_GAMMA);
      this.joint = new JointGradient(b, dim);
      this.qBatch = new double[b * k];
    }

    @Override
    protected List<GradientStepper> steppers() {
      return java.util.stream.Stream.concat(super.steppers().stream(), java.util.stream.Stream.of(decoderStepper))
          .toList();
    }

    /** One SGD step on a batch: encoder and decoder on L_r + gamma L_c, centroids on gamma L_c. */
    @Override
    protected void step() {
      INDArray xb = batches.next();
      double[] pb = batchTargets();
      double alpha = config.get(Settings.ALPHA);
      joint.compute(encoder, decoder, xb, (z, dz) -> IdecMath.clusteringTerm(z, b, dim, mu, k, alpha, pb, gamma, dz,
          dmuBatch, qBatch));
      encoderStepper().step(encoder.gradients());
      decoderStepper.step(decoder.gradients());
      stepCentroids(dmuBatch);
    }
  }
}
