package org.dec4j.engine.model;

import org.dec4j.engine.math.SoftAssignments;

/**
 * How a model turns the network's output z into soft assignments: DEC's Student's t kernel around the centroids
 * (DEC, AE+k-means, IDEC, DCN, DAC's start), the posterior of a diagonal Gaussian mixture whose means are the
 * centroids (VaDE, N2D), or the softmax of z itself (IMSAT, DAC, whose network ends in K logits). Saved with the
 * model; a model written before heads existed has none and uses the Student's t kernel.
 *
 * @param kind the rule
 * @param weights mixture weights (k), for {@link Kind#GAUSSIAN_MIXTURE} only
 * @param variances mixture variances (k x latent, row-major), for {@link Kind#GAUSSIAN_MIXTURE} only
 */
public record ClusterHead(Kind kind, double[] weights, double[] variances) {
  /** The assignment rules. */
  public enum Kind {
    /** q_ij proportional to (1 + ||z_i - mu_j||^2 / alpha)^(-(alpha + 1) / 2). */
    STUDENT_T,
    /** q_ij = posterior of component j of a diagonal Gaussian mixture. */
    GAUSSIAN_MIXTURE,
    /** q_ij = softmax(z_i)_j; the network's output is K logits. */
    SOFTMAX
  }

  /** Validates the fields of each kind. */
  public ClusterHead {
    if (kind == null) {
      throw new IllegalArgumentException("no assignment rule");
    }
    if ((kind == Kind.GAUSSIAN_MIXTURE) != (weights != null && variances != null)) {
      throw new IllegalArgumentException("mixture weights and variances belong to, and only to, a Gaussian mixture");
    }
  }

  /** @return DEC's Student's t kernel */
  public static ClusterHead studentT() {
    return new ClusterHead(Kind.STUDENT_T, null, null);
  }

  /** @return the softmax of the network's K outputs */
  public static ClusterHead softmax() {
    return new ClusterHead(Kind.SOFTMAX, null, null);
  }

  /**
   * @param weights k mixture weights
   * @param variances k x latent variances, row-major
   * @return a Gaussian mixture posterior (the means are the model's centroids)
   */
  public static ClusterHead gaussianMixture(double[] weights, double[] variances) {
    return new ClusterHead(Kind.GAUSSIAN_MIXTURE, weights.clone(), variances.clone());
  }

  /**
   * @param z n x dim network outputs, row-major
   * @param n rows
   * @param dim output size
   * @param centroids k x dim, row-major
   * @param k clusters
   * @param alpha Student's t degrees of freedom
   * @return n x k soft assignments, row-major
   */
  public double[] assign(double[] z, int n, int dim, double[] centroids, int k, double alpha) {
    return switch (kind) {
      case STUDENT_T -> SoftAssignments.studentT(z, n, dim, centroids, k, alpha);
      case GAUSSIAN_MIXTURE -> SoftAssignments.gaussianMixture(z, n, dim, weights, centroids, variances, k);
      case SOFTMAX -> SoftAssignments.softmax(z, n, k);
    };
  }

  /**
   * Checks the shapes against a model's.
   *
   * @param k clusters
   * @param dim output size
   * @return null if they fit, else what is wrong
   */
  String mismatch(int k, int dim) {
    if (kind == Kind.SOFTMAX && dim != k) {
      return "a softmax head needs " + k + " network outputs, the network has " + dim;
    }
    if (kind == Kind.GAUSSIAN_MIXTURE && (weights.length != k || variances.length != k * dim)) {
      return "the mixture's weights or variances do not match k = " + k + " and latent size " + dim;
    }
    return null;
  }
}
