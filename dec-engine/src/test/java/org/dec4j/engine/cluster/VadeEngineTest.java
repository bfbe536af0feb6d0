package org.dec4j.engine.cluster;

import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingCancelledException;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.VadeEngine;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.autoencoder.AutoencoderFactory;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.nn.DenseNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "vade" engine on the small blobs: registered, separates the blobs, repeats for a seed, saves a mean-only
 * encoder with a Gaussian mixture head that loads and predicts identically, reports progress, stops when
 * cancelled, and is guarded by the collapse watch.
 */
class VadeEngineTest {
  private static FitResult fit;

  private static synchronized FitResult fit() {
    if (fit == null) {
      fit = Engines.get(VadeEngine.NAME).fit(Blobs.data(), Blobs.smallConfig().build());
    }
    return fit;
  }

  @Test
  void isRegisteredAndInstantiatesWithoutAnInjector() {
    assertTrue(Engines.names().contains("vade"));
    assertEquals("vade", Engines.get("vade").name());
    assertEquals("vade", new VadeEngine().name());
    assertTrue(new VadeEngine().description().contains("IJCAI"));
  }

  @Test
  void separatesTheBlobsWithAGaussianMixtureHeadOnTheMeanEncoder() {
    FitResult r = fit();
    int[] labels = r.labels();
    for (int b = 0; b < Blobs.K; b++) {
      for (int i = 0; i < Blobs.PER; i++) {
        assertEquals(labels[b * Blobs.PER], labels[b * Blobs.PER + i], "row " + (b * Blobs.PER + i));
      }
    }
    assertEquals(Blobs.K, Arrays.stream(labels).distinct().count());
    assertArrayEquals(labels, ClusterModel.argmaxRows(r.softAssignments()));
    DecModel model = (DecModel) r.model();
    assertEquals(ClusterHead.Kind.GAUSSIAN_MIXTURE, model.head().kind());
    assertEquals(3, model.latentDimension());
    assertEquals(1.0, Arrays.stream(model.head().weights()).sum(), 1e-9);
    assertTrue(model.summary().refineIterations() > 0);
  }

  @Test
  void sameSeedSameResultOtherSeedOtherNetwork() {
    FitResult again = Engines.get("vade").fit(Blobs.data(), Blobs.smallConfig().build());
    assertArrayEquals(fit().labels(), again.labels());
    assertArrayEquals(fit().softAssignments().toArray(), again.softAssignments().toArray(), 0f);
    assertArrayEquals(fit().embedding().toArray(), again.embedding().toArray(), 0f);
    assertArrayEquals(fit().model().centroids().toArray(), again.model().centroids().toArray(), 0f);
    FitResult other = Engines.get("vade").fit(Blobs.data(), Blobs.smallConfig().seed(8).build());
    assertFalse(Arrays.equals(fit().embedding().toArray(), other.embedding().toArray()));
  }

  @Test
  void savedModelLoadsAndPredictsIdentically(@TempDir Path dir) throws IOException {
    ClusterModel model = fit().model();
    assertArrayEquals(fit().labels(), model.assign(Blobs.data()));
    assertArrayEquals(fit().softAssignments().toArray(), model.softAssignments(Blobs.data()).toArray(), 1e-5f);
    Path file = dir.resolve("vade.zip");
    model.save(file);
    ClusterModel loaded = Engines.load(file);
    assertEquals("vade", loaded.engineName());
    assertEquals(model.config(), loaded.config());
    assertArrayEquals(model.softAssignments(Blobs.data()).toArray(), loaded.softAssignments(Blobs.data()).toArray(),
        0f);
    assertArrayEquals(fit().labels(), loaded.assign(Blobs.data()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.writeTo(bytes);
    DecModel read = DecModelCodec.read(ModelArchive.read(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(ClusterHead.Kind.GAUSSIAN_MIXTURE, read.head().kind());
    assertArrayEquals(((DecModel) model).head().variances(), read.head().variances(), 1e-6);
    assertArrayEquals(fit().labels(), read.assign(Blobs.data()));
  }

  @Test
  void progressCoversThePhasesAndCancellationStopsWithoutAModel() {
    List<String> phases = new ArrayList<>();
    List<TrainingEvent> refine = new ArrayList<>();
    Engines.get("vade").fit(Blobs.data(), Blobs.smallConfig().build(), new TrainingListener() {
      @Override
      public void phaseEnded(Phase phase, double seconds, String summary) {
        phases.add(phase.name());
      }

      @Override
      public void progress(TrainingEvent e) {
        if (e.phase() == Phase.REFINE) {
          refine.add(e);
        }
      }
    }, CancellationToken.create());
    assertEquals(List.of("PREPARE", "PRETRAIN", "INIT", "REFINE"), phases);
    assertTrue(refine.size() >= 2);
    assertEquals(Blobs.K, refine.get(refine.size() - 1).clusterSizes().length);
    assertTrue(Double.isFinite(refine.get(refine.size() - 1).loss()));
    CancellationToken token = CancellationToken.create();
    assertThrows(TrainingCancelledException.class, () -> Engines.get("vade").fit(Blobs.data(),
        Blobs.smallConfig().build(), new TrainingListener() {
          @Override
          public void phaseStarted(Phase phase, long totalSteps) {
            if (phase == Phase.REFINE) {
              token.cancel();
            }
          }
        }, token));
  }

  /** With collapseFraction 1 any cluster under an equal share counts as collapsing: 4 clusters of 3 blobs are. */
  @Test
  void theCollapseWatchGuardsTheTraining() {
    DecConfig.Builder uneven = Blobs.smallConfig().k(4).collapseFraction(1.0);
    List<String> warnings = new ArrayList<>();
    FitResult stopped = Engines.get("vade").fit(Blobs.data(), uneven.collapsePolicy(CollapsePolicy.STOP).build(),
        new TrainingListener() {
          @Override
          public void warning(String message) {
            warnings.add(message);
          }
        }, CancellationToken.create());
    assertEquals(StopReason.COLLAPSED, stopped.model().summary().stopReason());
    assertFalse(warnings.isEmpty());
    assertEquals(warnings, stopped.model().summary().warnings());
    FitResult reseeded = Engines.get("vade").fit(Blobs.data(), uneven.collapsePolicy(CollapsePolicy.RESEED).build());
    assertTrue(reseeded.model().summary().warnings().stream().anyMatch(w -> w.contains("reseeded")));
    assertEquals(4, reseeded.model().k());
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
