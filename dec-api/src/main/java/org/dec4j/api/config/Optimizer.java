package org.dec4j.api.config;

/** Gradient-descent method used for autoencoder pretraining. */
public enum Optimizer {
  /** Adam (Kingma and Ba, 2015) with the default betas 0.9 and 0.999. */
  ADAM,
  /** Stochastic gradient descent with Nesterov momentum. */
  SGD
}
