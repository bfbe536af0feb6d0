package org.dec4j.api.progress;

/** The phases of a deep clustering run, in order. */
public enum Phase {
  /** Scaling the input and checking it. */
  PREPARE,
  /** Autoencoder pretraining on reconstruction loss. */
  PRETRAIN,
  /** k-means on the latent vectors, giving the initial centroids. */
  INIT,
  /** Joint refinement of the encoder and the centroids (for DEC: minimising KL(P||Q)). */
  REFINE
}
