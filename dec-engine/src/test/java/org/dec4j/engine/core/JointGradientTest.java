package org.dec4j.engine.core;

import org.dec4j.api.config.Activation;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.engine.FiniteDifferences;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.dcn.DcnMath;
import org.dec4j.engine.dec.DecMath;
import org.dec4j.engine.idec.IdecMath;
import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Finite-difference checks of the combined losses of IDEC (L_r + gamma KL(P||Q)) and DCN (L_r + lambda/2 ||z -
 * mu_s||^2) through a small autoencoder: the gradients {@link JointGradient} leaves in the encoder and decoder,
 * and IDEC's centroid gradient, against central differences of the loss computed on the inference path.
 */
class JointGradientTest {
  private static final int D = 5;
  private static final int B = 6;
  private static final int K = 3;
  private static final double ALPHA = 1.0;

  /** Which clustering term. */
  enum Variant { IDEC, DCN }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void gradientsMatchFiniteDifferences(Variant variant) {
    DecConfig c = DecConfig.builder().set(Settings.LAYERS, new int[] { 4, 3 }).set(Settings.ACTIVATION, Activation.TANH)
        .set(Settings.IDEC_GAMMA, 0.7).set(Settings.DCN_LAMBDA, 0.9).build();
    Autoencoder ae = new AutoencoderFactory().create(D, c, new SplittableRandom(3));
    SplittableRandom rng = new SplittableRandom(9);
    INDArray xb = Nd4j.create(DataType.FLOAT, new long[] { B, D }, 'f');
    float[] values = new float[B * D];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) rng.nextGaussian();
    }
    Batches.fill(xb, values);
    double[] mu = new double[K * 3];
    for (int i = 0; i < mu.length; i++) {
      mu[i] = rng.nextGaussian();
    }
    double[] p = DecMath.targetDistribution(SoftAssignments.studentT(FiniteDifferences.gaussian(rng, B * 3), B, 3, mu, K, ALPHA), B, K);
    double[] dmu = new double[mu.length];
    JointGradient.Loss loss = new JointGradient(B, 3).compute(ae.encoder(), ae.decoder(), xb,
        (z, dz) -> term(variant, z, mu, p, c, dz, dmu));
    assertEquals(loss.total(), loss(variant, ae, xb, mu, p, c), 1e-5, "loss on the training and inference paths");

    float[] encoderGradient = ae.encoder().gradients().dup().data().asFloat();
    float[] decoderGradient = ae.decoder().gradients().dup().data().asFloat();
    checkParameters(variant, ae, ae.encoder(), encoderGradient, xb, mu, p, c);
    checkParameters(variant, ae, ae.decoder(), decoderGradient, xb, mu, p, c);
    if (variant == Variant.IDEC) {
      double h = 1e-4;
      for (int i = 0; i < mu.length; i++) {
        double v = mu[i];
        mu[i] = v + h;
        double lp = loss(variant, ae, xb, mu, p, c);
        mu[i] = v - h;
        double lm = loss(variant, ae, xb, mu, p, c);
        mu[i] = v;
        double numeric = (lp - lm) / (2 * h);
        assertEquals(numeric, dmu[i], 1e-4 + 1e-2 * Math.abs(numeric), "dL/dmu[" + i + "]");
      }
    }
  }

  private static void checkParameters(Variant variant, Autoencoder ae, DenseNetwork net, float[] analytic,
      INDArray xb, double[] mu, double[] p, DecConfig c) {
    INDArray params = net.params();
    float h = 1e-2f;
    for (int i = 0; i < params.length(); i++) {
      float v = params.getFloat(0, i);
      params.putScalar(0, i, v + h);
      double lp = loss(variant, ae, xb, mu, p, c);
      params.putScalar(0, i, v - h);
      double lm = loss(variant, ae, xb, mu, p, c);
      params.putScalar(0, i, v);
      double numeric = (lp - lm) / (2 * h);
      assertEquals(numeric, analytic[i], 2e-4 + 2e-2 * Math.abs(numeric), variant + " parameter " + i + " of "
          + (net == ae.encoder() ? "encoder" : "decoder"));
    }
  }

  private static double term(Variant variant, double[] z, double[] mu, double[] p, DecConfig c, double[] dz,
      double[] dmu) {
    return variant == Variant.IDEC ? IdecMath.clusteringTerm(z, B, 3, mu, K, ALPHA, p, c.get(Settings.IDEC_GAMMA), dz, dmu)
        : DcnMath.kmeansTerm(z, B, 3, mu, K, c.get(Settings.DCN_LAMBDA), dz);
  }

  /** The loss from scratch on the inference path, in double. */
  private static double loss(Variant variant, Autoencoder ae, INDArray xb, double[] mu, double[] p, DecConfig c) {
    INDArray code = ae.encoder().output(xb);
    double[] z = Batches.toRowMajor(code);
    double[] xhat = Batches.toRowMajor(ae.decoder().output(code));
    double[] x = Batches.toRowMajor(xb);
    double rec = 0;
    for (int i = 0; i < x.length; i++) {
      rec += (xhat[i] - x[i]) * (xhat[i] - x[i]);
    }
    rec /= (double) B * D;
    double clustering = variant == Variant.IDEC
        ? c.get(Settings.IDEC_GAMMA) * DecMath.klDivergence(p, SoftAssignments.studentT(z, B, 3, mu, K, ALPHA), B, K) / B
        : DcnMath.kmeansLoss(z, B, 3, mu, DcnMath.nearestCentroids(z, B, 3, mu, K), c.get(Settings.DCN_LAMBDA));
    return rec + clustering;
  }
}
