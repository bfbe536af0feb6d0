package org.dec4j.engine.core;

import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.nn.DenseNetwork;

import java.util.SplittableRandom;

/**
 * A refinement whose network ends in K logits and assigns a row by their softmax (DAC, IMSAT): the model is that
 * network with a softmax head, its centroids the mean logits of each cluster's rows, and there are no centroids for
 * the collapse watch to move (policy RESEED only warns).
 */
public abstract class SoftmaxRefinement extends Refinement {
  /**
   * @param start what the shared phases left
   * @param network the network d-...-K (its parameters change)
   * @param initialCentroids k x k, row-major
   * @param rng generator of the batch order
   * @throws IllegalArgumentException if the network does not end in K outputs
   */
  protected SoftmaxRefinement(Start start, DenseNetwork network, double[] initialCentroids, SplittableRandom rng) {
    super(start, network, initialCentroids, rng);
    if (dim != k) {
      throw new IllegalArgumentException("the network must end in k = " + k + " logits, not " + dim);
    }
  }

  @Override
  protected final double[] assign(double[] z) {
    return SoftAssignments.softmax(z, z.length / k, k);
  }

  @Override
  protected final boolean hasCentroids() {
    return false;
  }

  @Override
  protected final DenseNetwork modelNetwork() {
    return encoder;
  }

  @Override
  protected final ClusterHead head() {
    return ClusterHead.softmax();
  }

  @Override
  protected final double[] modelCentroids(double[] z, int[] finalLabels) {
    return Assignments.clusterMeans(z, n, k, finalLabels, k);
  }
}
