package org.dec4j.engine.imsat;

import org.dec4j.api.config.Perturbation;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * IMSAT's self-augmentation of a mini-batch: the perturbation r_i of each row, of length epsilon_i =
 * {@link ImsatEngine#EPS_RATIO} times the row's neighbour distance, along a random direction or along the virtual
 * adversarial one that one power iteration finds from it, and the network's forward and backward passes at the
 * perturbed rows. The state of one run.
 */
final class SelfAugmentation {
  private final DenseNetwork net;
  private final int b;
  private final int d;
  private final int k;
  private final double[] radius;
  private final SplittableRandom rng;
  private final INDArray perturbed;
  /** The step's buffers (a step allocates nothing that grows with the batch). */
  private final double[] eps;
  private final double[] xi;
  private final double[] direction;
  private final double[] probe;
  private final double[] adversarial;
  private final double[] r;
  private final float[] values;
  private final double[] perturbedLogits;
  private final double[] dProbe;
  private final double[] logP;
  private final double[] logQ;

  /**
   * @param net the classifier (its gradient buffers are used)
   * @param b rows per batch
   * @param k clusters
   * @param radius each row's distance to its neighbour of rank {@link ImsatEngine#NEIGHBOUR}
   * @param rng generator of the random directions
   */
  SelfAugmentation(DenseNetwork net, int b, int k, double[] radius, SplittableRandom rng) {
    this.net = net;
    this.b = b;
    this.d = net.inputSize();
    this.k = k;
    this.radius = radius;
    this.rng = rng;
    this.perturbed = Nd4j.create(DataType.FLOAT, new long[] { b, d }, 'f');
    this.eps = new double[b];
    this.xi = new double[b];
    this.direction = new double[b * d];
    this.probe = new double[b * d];
    this.adversarial = new double[b * d];
    this.r = new double[b * d];
    this.values = new float[b * d];
    this.perturbedLogits = new double[b * k];
    this.dProbe = new double[b * k];
    this.logP = new double[b * k];
    this.logQ = new double[b * k];
  }

  /** The perturbations of a batch, of length ImsatEngine.EPS_RATIO times each row's neighbour distance. */
  double[] perturbations(Perturbation kind, float[] xv, double[] logits, int[] rows) {
    for (int i = 0; i < b; i++) {
      eps[i] = ImsatEngine.EPS_RATIO * radius[rows[i]];
    }
    randomDirections();
    return switch (kind) {
      case RANDOM -> ImsatMath.perturbations(direction, direction, b, d, eps, r);
      case VIRTUAL_ADVERSARIAL -> ImsatMath.perturbations(adversarialDirection(xv, logits, rows), direction, b, d,
          eps, r);
    };
  }

  /** One power iteration: the gradient with respect to r of KL(p(y|x) || p(y|x + r)) at r = xi d. */
  private double[] adversarialDirection(float[] xv, double[] logits, int[] rows) {
    for (int i = 0; i < b; i++) {
      xi[i] = ImsatEngine.XI_RATIO * radius[rows[i]];
    }
    double[] probeLogits = forwardPerturbed(xv, ImsatMath.perturbations(direction, direction, b, d, xi, probe));
    ImsatMath.klTerm(logits, probeLogits, b, k, dProbe, logP, logQ);
    return Batches.toRowMajor(pushBack(dProbe, true), adversarial);
  }

  /** Backward pass of the last forward pass; fills the gradients; returns dL/dinput if asked for. */
  INDArray pushBack(double[] dLogits, boolean wantInput) {
    INDArray out = net.outputGradientBuffer(b);
    Batches.fillFromRowMajor(out, dLogits, b, k);
    return net.backward(out, wantInput);
  }

  /** Training forward pass of x + r (x column-major as the batch, r row-major); returns the logits. */
  double[] forwardPerturbed(float[] xv, double[] r) {
    float[] v = values;
    for (int i = 0; i < b; i++) {
      for (int t = 0; t < d; t++) {
        v[t * b + i] = (float) (xv[t * b + i] + r[i * d + t]);
      }
    }
    Batches.fill(perturbed, v);
    return Batches.toRowMajor(net.forward(perturbed), perturbedLogits);
  }

  /**
   * KL(p(y|x) || p(y|x + r)) of a batch and its gradient, in this run's buffers.
   *
   * @param logits b x k at x
   * @param perturbedLogits b x k at x + r
   * @param dLdl out: b x k gradient with respect to the perturbed logits, or null
   * @return the term
   */
  double klTerm(double[] logits, double[] perturbedLogits, double[] dLdl) {
    return ImsatMath.klTerm(logits, perturbedLogits, b, k, dLdl, logP, logQ);
  }

  /** Draws b x d standard normal directions, row-major, into the direction buffer. */
  private void randomDirections() {
    for (int i = 0; i < direction.length; i++) {
      direction[i] = rng.nextGaussian();
    }
  }
}
