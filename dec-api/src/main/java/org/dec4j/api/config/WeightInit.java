package org.dec4j.api.config;

/** How the autoencoder's weights are initialised (biases start at zero). */
public enum WeightInit {
  /** U(-s, s), s = sqrt(6 / (fan_in + fan_out)): Glorot and Bengio 2010, Keras' default. */
  GLOROT_UNIFORM,
  /**
   * U(-s, s), s = sqrt(1 / fan_in): the variance-scaling init (scale 1/3, fan-in, uniform) of the Keras DEC port
   * that pretrains end to end with SGD at learning rate 1.
   */
  FAN_IN_UNIFORM
}
