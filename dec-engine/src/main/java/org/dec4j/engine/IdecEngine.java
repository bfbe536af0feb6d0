package org.dec4j.engine;

import jakarta.inject.Inject;
import org.dec4j.api.Citations;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.cluster.IdecTrainer;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;

/**
 * The "idec" engine: Improved Deep Embedded Clustering, DEC whose refinement keeps the decoder and minimises
 * \[ L = L_r + \gamma L_c = \frac{1}{b\,d} \sum_i \| x_i - g(f(x_i)) \|^2 + \frac{\gamma}{b} KL(P \| Q) \]
 * over encoder, decoder and centroids ({@link IdecTrainer}; gamma from {@code DecConfig.gamma()}).
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
    super(NAME, new IdecTrainer(new AutoencoderFactory(), new AutoencoderPretrainer(), initializer));
  }

  /** With k-means++ initialisation, for use without an injector. */
  public IdecEngine() {
    this(new KMeansInitializer());
  }

  @Override
  public String description() {
    return "Improved DEC: DEC's refinement with the decoder kept, minimising reconstruction error + gamma"
        + " KL(P||Q). " + Citations.idecOneLine();
  }
}
