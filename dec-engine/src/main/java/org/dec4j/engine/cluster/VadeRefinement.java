package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.math.GaussianMixtureEm;
import org.dec4j.engine.math.MixtureMath;
import org.dec4j.engine.math.VadeMath;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.GradientStepper;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.SplittableRandom;

/**
 * VaDE's training: encoder (d-...-h-2L, {@link VariationalEncoder}), decoder and the Gaussian mixture prior are
 * trained together by Adam (step size decayed by {@value #LEARNING_RATE_DECAY} every {@value #DECAY_EPOCHS}
 * epochs, as in the paper) on mini-batches of the negative ELBO
 * \[ L = \frac1b \sum_i \Big[ \frac{\| x_i - g(z_i) \|^2}{2\sigma_x^2} + F_i - \frac12 \sum_d (1 + v_{id})
 *    \Big] \]
 * with one reparameterised sample z_i = m_i + exp(v_i/2) eps_i per row ({@link VadeMath}). The mixture is
 * parametrised by weight logits theta, means mu (the live {@link #mu}) and log-variances, each log-variance kept at
 * or above the log of the variance floor after every step. The loop, the checks, the collapse watch and the
 * stopping rule are those of {@link ClusterRefinement}; the rows are assigned by the mixture's posterior of their
 * mean m (the mean-only copy of the encoder, refreshed after every step, is the {@code encoder} the loop embeds
 * with). The progress loss is the mean batch loss since the previous check (NaN at the first).
 */
public final class VadeRefinement extends ClusterRefinement {
  /** The step size is multiplied by this every {@link #DECAY_EPOCHS} passes over the data (as in the paper). */
  public static final double LEARNING_RATE_DECAY = 0.9;
  /** Passes over the data between two decays of the step size. */
  public static final int DECAY_EPOCHS = 10;
  private final DenseNetwork vae;
  private final DenseNetwork decoder;
  private final double sigma2;
  private final double[] logFloor;
  private final double[] theta;
  private final double[] logS2;
  private final INDArray mixture;
  private final INDArray mixtureGradient;
  private final GradientStepper vaeStepper;
  private final GradientStepper decoderStepper;
  private final GradientStepper mixtureStepper;
  private final SplittableRandom noise;
  private final INDArray zBuffer;
  private final double learningRate;
  private int decays;
  private double lossSum;
  private int lossCount;

  private VadeRefinement(DenseNetwork vae, DenseNetwork mean, Autoencoder ae, GaussianMixtureEm.Mixture start,
      double[] floor, double sigma2, double learningRate, float[] x, int n, DecConfig config, SplittableRandom rng,
      SplittableRandom noise, TrainingListener listener, CancellationToken cancel) {
    super(mean, start.means(), x, n, config, rng, listener, cancel);
    this.vae = vae;
    this.decoder = ae.decoder();
    this.sigma2 = sigma2;
    this.noise = noise;
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
    this.mixture = Nd4j.create(DataType.FLOAT, 1, k + 2L * k * dim);
    this.mixtureGradient = Nd4j.create(DataType.FLOAT, 1, k + 2L * k * dim);
    writeMixture();
    this.learningRate = learningRate;
    this.vaeStepper = GradientStepper.adam(vae.params(), learningRate);
    this.decoderStepper = GradientStepper.adam(decoder.params(), learningRate);
    this.mixtureStepper = GradientStepper.adam(mixture, learningRate);
    this.zBuffer = Nd4j.create(DataType.FLOAT, new long[] { b, dim }, 'f');
  }

  /**
   * @param ae the pretrained autoencoder (its decoder is trained further; its encoder is only copied)
   * @param start the mixture fitted to the pretrained latent vectors
   * @param floor per-dimension variance floor of the mixture
   * @param logVarianceBias initial log-variance of q(z|x) per dimension
   * @param sigma2 decoder noise variance
   * @param learningRate Adam's step size
   * @param x scaled rows, row-major n x d
   * @param n rows
   * @param config configuration
   * @param rng generator of batch orders and noise
   * @param listener progress
   * @param cancel checked every batch
   * @return the refinement, ready to {@link #run}
   */
  public static VadeRefinement create(Autoencoder ae, GaussianMixtureEm.Mixture start, double[] floor,
      double[] logVarianceBias, double sigma2, double learningRate, float[] x, int n, DecConfig config,
      SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
    DenseNetwork vae = VariationalEncoder.widen(ae.encoder(), logVarianceBias);
    SplittableRandom noise = rng.split();
    return new VadeRefinement(vae, VariationalEncoder.meanOnly(vae), ae, start, floor, sigma2, learningRate, x, n,
        config, rng, noise, listener, cancel);
  }

  /** @return the mean-only encoder (the model's network) */
  public DenseNetwork meanEncoder() {
    return encoder;
  }

  /** @return the model's head: the current mixture's posterior */
  public ClusterHead head() {
    return ClusterHead.gaussianMixture(VadeMath.weights(theta), variances());
  }

  private double[] variances() {
    double[] s2 = new double[logS2.length];
    for (int j = 0; j < s2.length; j++) {
      s2[j] = Math.exp(logS2[j]);
    }
    return s2;
  }

  @Override
  protected double[] assign(double[] z) {
    return MixtureMath.posterior(z, z.length / dim, dim, VadeMath.weights(theta), mu, variances(), k);
  }

  /** Nothing is held fixed between checks; reports the mean batch loss since the last check. */
  @Override
  protected double update(double[] z, double[] q) {
    double loss = lossCount == 0 ? Double.NaN : lossSum / lossCount;
    lossSum = 0;
    lossCount = 0;
    return loss;
  }

  /** A moved component takes the mean weight logit and mean log-variances of all components. */
  @Override
  protected void centroidsMoved(List<Integer> clusters, int rowsEach) {
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
    writeMixture();
  }

  /** One Adam step of encoder, decoder and mixture on a batch. */
  @Override
  protected void step() {
    INDArray xb = batches.next();
    decay();
    double[] mv = Batches.toRowMajor(vae.forward(xb));
    double[] m = new double[b * dim];
    double[] v = new double[b * dim];
    for (int i = 0; i < b; i++) {
      System.arraycopy(mv, i * 2 * dim, m, i * dim, dim);
      System.arraycopy(mv, i * 2 * dim + dim, v, i * dim, dim);
    }
    double[] eps = new double[b * dim];
    for (int j = 0; j < eps.length; j++) {
      eps[j] = noise.nextGaussian();
    }
    Batches.fillFromRowMajor(zBuffer, VadeMath.sample(m, v, eps), b, dim);
    float[] xhat = decoder.forward(zBuffer).data().asFloat();
    float[] dXhat = new float[xhat.length];
    double loss = VadeMath.reconstructionTerm(batches.values(), xhat, sigma2, 1.0 / b, dXhat);
    INDArray dOut = decoder.outputGradientBuffer(b);
    Batches.fill(dOut, dXhat);
    double[] dz = Batches.toRowMajor(decoder.backward(dOut, true));
    double[] dm = new double[b * dim];
    double[] dv = new double[b * dim];
    VadeMath.MixtureGradient dMix = VadeMath.MixtureGradient.zeros(k, dim);
    loss += VadeMath.latentTerm(m, v, b, dim, theta, mu, logS2, 1.0 / b, dm, dv, dMix);
    if (!Double.isFinite(loss)) {
      throw new IllegalStateException("VaDE training diverged (batch loss " + loss + ")");
    }
    VadeMath.reparameterisationGradient(dz, v, eps, dm, dv);
    double[] dmv = new double[b * 2 * dim];
    for (int i = 0; i < b; i++) {
      System.arraycopy(dm, i * dim, dmv, i * 2 * dim, dim);
      System.arraycopy(dv, i * dim, dmv, i * 2 * dim + dim, dim);
    }
    INDArray dCode = vae.outputGradientBuffer(b);
    Batches.fillFromRowMajor(dCode, dmv, b, 2 * dim);
    vae.backward(dCode, false);
    vaeStepper.step(vae.gradients());
    decoderStepper.step(decoder.gradients());
    stepMixture(dMix);
    VariationalEncoder.copyMean(vae, encoder);
    lossSum += loss;
    lossCount++;
  }

  /** lr = lr_0 * 0.9^floor(epoch / 10). */
  private void decay() {
    int due = batches.epoch() / DECAY_EPOCHS;
    if (due != decays) {
      decays = due;
      double rate = learningRate * Math.pow(LEARNING_RATE_DECAY, due);
      vaeStepper.learningRate(rate);
      decoderStepper.learningRate(rate);
      mixtureStepper.learningRate(rate);
    }
  }

  private void stepMixture(VadeMath.MixtureGradient g) {
    double[] flat = new double[k + 2 * k * dim];
    System.arraycopy(g.theta(), 0, flat, 0, k);
    System.arraycopy(g.mu(), 0, flat, k, k * dim);
    System.arraycopy(g.logS2(), 0, flat, k + k * dim, k * dim);
    Batches.fill(mixtureGradient, toFloat(flat));
    mixtureStepper.step(mixtureGradient);
    float[] p = mixture.data().asFloat();
    for (int c = 0; c < k; c++) {
      theta[c] = p[c];
    }
    for (int j = 0; j < k * dim; j++) {
      mu[j] = p[k + j];
      logS2[j] = Math.max(p[k + k * dim + j], logFloor[j % dim]);
    }
    writeMixture();
  }

  private void writeMixture() {
    double[] flat = new double[k + 2 * k * dim];
    System.arraycopy(theta, 0, flat, 0, k);
    System.arraycopy(mu, 0, flat, k, k * dim);
    System.arraycopy(logS2, 0, flat, k + k * dim, k * dim);
    Batches.fill(mixture, toFloat(flat));
  }

  private static float[] toFloat(double[] a) {
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      f[i] = (float) a[i];
    }
    return f;
  }
}
