package org.dec4j.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Nesterovs;

/**
 * One optimizer for one flat parameter vector: each {@link #step} turns the gradient of the loss actually
 * minimised (a batch mean, not a sum: unlike DL4J's layers nothing here divides by the batch size) into an update
 * and applies it.
 */
public interface GradientStepper {
  /**
   * One step.
   *
   * @param gradient flat gradient [1, P]; may be overwritten
   */
  void step(INDArray gradient);

  /**
   * Changes the step size of the following steps, keeping the optimizer's state (a learning-rate schedule).
   *
   * @param rate the new step size
   * @throws UnsupportedOperationException if this optimizer has no adjustable step size
   */
  default void learningRate(double rate) {
    throw new UnsupportedOperationException("this optimizer's step size is fixed");
  }

  /** @return steps taken */
  int iterations();

  /**
   * @return the optimizer's whole state as one vector (Adam: m, v and the step count), for averaging the copies of
   *     a data-parallel fit
   */
  float[] state();

  /**
   * @param state a vector {@link #state} of an optimizer of this kind and size returned (or an average of them)
   * @throws IllegalArgumentException if its length does not fit
   */
  void restore(float[] state);

  /**
   * @param params live flat parameters [1, P]
   * @param learningRate step size
   * @return Adam with betas 0.9 and 0.999: the engine's one-pass Adam on the host, ND4J's fused Adam updater on a
   *     device ({@link Device})
   */
  static GradientStepper adam(INDArray params, double learningRate) {
    return Device.host() ? new AdamStepper(params, learningRate) : new UpdaterStepper(params,
        new org.nd4j.linalg.learning.config.Adam(learningRate, AdamStepper.BETA1, AdamStepper.BETA2,
        AdamStepper.EPSILON));
  }

  /**
   * @param params live flat parameters [1, P]
   * @param learningRate step size
   * @param momentum momentum
   * @return SGD with Nesterov momentum (ND4J's fused updater)
   */
  static GradientStepper nesterov(INDArray params, double learningRate, double momentum) {
    return new UpdaterStepper(params, new Nesterovs(learningRate, momentum));
  }
}
