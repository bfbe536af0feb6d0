package org.dec4j.engine.vade;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.engine.Blobs;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.model.DecModel;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is VaDE's own: a mean-only encoder with a Gaussian mixture head, cut out of the widened encoder. */
class VadeEngineTest {
  @Test
  void theModelIsTheMeanEncoderWithAGaussianMixtureHead() {
    FitResult r = Engines.get(VadeEngine.NAME).fit(Blobs.data(), Blobs.K, Blobs.smallConfig().build());
    DecModel model = (DecModel) r.model();
    assertEquals(ClusterHead.Kind.GAUSSIAN_MIXTURE, model.head().kind());
    assertEquals(3, model.latentDimension());
    assertEquals(1.0, Arrays.stream(model.head().weights()).sum(), 1e-9);
    assertTrue(model.summary().refineIterations() > 0);
    assertTrue(new VadeEngine().description().contains("IJCAI"));
  }

  @Test
  void theWidenedEncoderStartsWithThePretrainedMeansAndItsMeanNetworkIsCutOutByCopying() {
    DecConfig config = Blobs.smallConfig().build();
    Autoencoder ae = new AutoencoderFactory().create(30, config, new SplittableRandom(1));
    DenseNetwork vae = VariationalEncoder.widen(ae.encoder(), new double[] { -1, -2, -3 });
    float[] x = Blobs.data().toArray();
    INDArray rows = Batches.rows(x, 30, 0, 7);
    double[] z = Batches.toRowMajor(ae.encoder().output(rows));
    double[] mv = Batches.toRowMajor(vae.output(rows));
    for (int i = 0; i < 7; i++) {
      for (int t = 0; t < 3; t++) {
        assertEquals(z[i * 3 + t], mv[i * 6 + t], 1e-6, "mean " + i + "," + t);
        assertEquals(-1 - t, mv[i * 6 + 3 + t], 1e-6, "log-variance " + i + "," + t);
      }
    }
    vae.params().addi(0.01);
    DenseNetwork mean = VariationalEncoder.meanOnly(vae);
    mv = Batches.toRowMajor(vae.output(rows));
    double[] m = Batches.toRowMajor(mean.output(rows));
    for (int i = 0; i < 7; i++) {
      for (int t = 0; t < 3; t++) {
        assertEquals(mv[i * 6 + t], m[i * 3 + t], 1e-6);
      }
    }
  }
}
