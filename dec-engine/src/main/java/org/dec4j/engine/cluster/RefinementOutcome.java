package org.dec4j.engine.cluster;

import org.dec4j.api.model.StopReason;

import java.util.List;

/**
 * What the clustering phase of an engine leaves: the final centroids and the training rows' assignments.
 *
 * @param labels final hard labels
 * @param q final soft assignments (Student's t kernel), n x k
 * @param z final embeddings, n x latent
 * @param centroids final centroids, k x latent
 * @param iterations batches run
 * @param finalLoss the engine's clustering loss per row at the last check (NaN if none)
 * @param lastChangedShare share of changed labels at the last check (NaN if none)
 * @param stopReason why it ended
 * @param seconds wall time
 * @param warnings collapse warnings raised
 */
public record RefinementOutcome(int[] labels, double[] q, double[] z, double[] centroids, int iterations,
    double finalLoss, double lastChangedShare, StopReason stopReason, double seconds, List<String> warnings) {
}
