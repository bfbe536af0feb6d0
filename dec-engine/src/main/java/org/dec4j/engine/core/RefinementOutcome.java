package org.dec4j.engine.core;

import org.dec4j.api.model.StopReason;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.nn.DenseNetwork;

import java.util.List;

/**
 * What the clustering phase of an engine leaves: the final centroids and the training rows' assignments, and
 * where the engine's model is not the pretrained encoder with Student's t assignments, its network and head.
 *
 * @param labels final hard labels
 * @param q final soft assignments by {@code head}, n x k
 * @param z final network outputs, n x latent
 * @param centroids final centroids (for a Gaussian mixture its means), k x latent
 * @param iterations batches run
 * @param finalLoss the engine's clustering loss per row at the last check (NaN if none)
 * @param lastChangedShare share of changed labels at the last check (NaN if none)
 * @param stopReason why it ended
 * @param seconds wall time
 * @param warnings collapse warnings raised
 * @param network the model's network, or null for the (refined) pretrained encoder
 * @param head the model's assignment rule
 */
public record RefinementOutcome(int[] labels, double[] q, double[] z, double[] centroids, int iterations,
    double finalLoss, double lastChangedShare, StopReason stopReason, double seconds, List<String> warnings,
    DenseNetwork network, ClusterHead head) {
  /** An outcome for the pretrained encoder and Student's t assignments. */
  public RefinementOutcome(int[] labels, double[] q, double[] z, double[] centroids, int iterations,
      double finalLoss, double lastChangedShare, StopReason stopReason, double seconds, List<String> warnings) {
    this(labels, q, z, centroids, iterations, finalLoss, lastChangedShare, stopReason, seconds, warnings, null,
        ClusterHead.studentT());
  }
}
