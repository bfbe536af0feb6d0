package org.dec4j.api.config;

/** Activation of the hidden layers of the autoencoder. The latent and output layers are always linear. */
public enum Activation {
  /** max(0, x), the DEC paper's choice. */
  RELU,
  /** max(0.01 x, x). */
  LEAKY_RELU,
  /** x for x &gt; 0, exp(x) - 1 otherwise. */
  ELU,
  /** Scaled ELU. */
  SELU,
  /** Hyperbolic tangent. */
  TANH,
  /** Logistic sigmoid. */
  SIGMOID
}
