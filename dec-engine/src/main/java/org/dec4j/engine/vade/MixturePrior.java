package org.dec4j.engine.vade;

import org.dec4j.engine.math.GaussianMixtureEm;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * VaDE's Gaussian mixture prior as trainable parameters: weight logits theta (pi = softmax(theta)), means mu (the
 * refinement's live centroids, shared with it) and log-variances, stepped by Adam as one flat vector and each
 * log-variance kept at or above the log of the variance floor after every step. The state of one run.
 */
final class MixturePrior {
  private final int k;
  private final int dim;
  private final double[] theta;
  private final double[] mu;
  private final double[] logS2;
  private final double[] logFloor;
  private final INDArray flat;
  private final INDArray gradient;
  private final GradientStepper stepper;

  /**
   * @param start the mixture fitted by EM to the pretrained latent vectors
   * @param floor per-dimension variance floor
   * @param mu the live means, k x dim (changed in place)
   * @param learningRate Adam's step size
   */
  MixturePrior(GaussianMixtureEm.Mixture start, double[] floor, double[] mu, double learningRate) {
    this.k = start.k();
    this.dim = floor.length;
    this.mu = mu;
    this.theta = new double[k];
    this.logS2 = new double[k * dim];
    this.logFloor = new double[dim];
    for (int t = 0; t < dim; t++) {
      logFloor[t] = Math.log(floor[t]);
    }
    for (int c = 0; c < k; c++) {
      theta[c] = Math.log(start.weights()[c]);
      for (int t = 0; t < dim; t++) {
        logS2[c * dim + t] = Math.log(start.variances()[c * dim + t]);
      }
    }
    this.flat = Nd4j.create(DataType.FLOAT, 1, k + 2L * k * dim);
    this.gradient = Nd4j.create(DataType.FLOAT, 1, k + 2L * k * dim);
    write();
    this.stepper = GradientStepper.adam(flat, learningRate);
  }

  /** @return the weight logits (live) */
  double[] theta() {
    return theta;
  }

  /** @return the log-variances, k x dim (live) */
  double[] logS2() {
    return logS2;
  }

  /** @return the variances, k x dim */
  double[] variances() {
    double[] s2 = new double[logS2.length];
    for (int j = 0; j < s2.length; j++) {
      s2[j] = Math.exp(logS2[j]);
    }
    return s2;
  }

  /** @param rate Adam's new step size */
  void learningRate(double rate) {
    stepper.learningRate(rate);
  }

  /**
   * One Adam step; the log-variances are then kept at or above the floor.
   *
   * @param g the gradient of theta, mu and the log-variances
   */
  void step(VadeMath.MixtureGradient g) {
    double[] v = new double[k + 2 * k * dim];
    System.arraycopy(g.theta(), 0, v, 0, k);
    System.arraycopy(g.mu(), 0, v, k, k * dim);
    System.arraycopy(g.logS2(), 0, v, k + k * dim, k * dim);
    Batches.fill(gradient, v);
    stepper.step(gradient);
    float[] p = flat.data().asFloat();
    for (int c = 0; c < k; c++) {
      theta[c] = p[c];
    }
    for (int j = 0; j < k * dim; j++) {
      mu[j] = p[k + j];
      logS2[j] = Math.max(p[k + k * dim + j], logFloor[j % dim]);
    }
    write();
  }

  /**
   * Components whose means the collapse watch moved take the mean weight logit and mean log-variances of all.
   *
   * @param clusters the components moved
   */
  void reset(List<Integer> clusters) {
    double meanTheta = 0;
    double[] meanLog = new double[dim];
    for (int c = 0; c < k; c++) {
      meanTheta += theta[c] / k;
      for (int t = 0; t < dim; t++) {
        meanLog[t] += logS2[c * dim + t] / k;
      }
    }
    for (int c : clusters) {
      theta[c] = meanTheta;
      System.arraycopy(meanLog, 0, logS2, c * dim, dim);
    }
    write();
  }

  private void write() {
    double[] v = new double[k + 2 * k * dim];
    System.arraycopy(theta, 0, v, 0, k);
    System.arraycopy(mu, 0, v, k, k * dim);
    System.arraycopy(logS2, 0, v, k + k * dim, k * dim);
    Batches.fill(flat, v);
  }
}
