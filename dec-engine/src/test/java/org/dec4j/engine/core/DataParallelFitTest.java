package org.dec4j.engine.core;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.parallel.DataParallelEngine;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.Blobs;
import org.dec4j.engine.scaling.FeatureScaler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data-parallel fit on partitions held in memory ({@link InMemoryRows}: every task and shared value goes
 * through Java serialisation, as to a cluster): the engines that can separate three blobs on three partitions,
 * repeatably; the others refuse; the scaling from the partitions' statistics is the scaling of all rows.
 */
class DataParallelFitTest {
  private static final DecConfig CONFIG = Blobs.smallConfig().build();

  private static ClusterModel fit(String engine, int partitions) {
    DataParallelEngine e = (DataParallelEngine) Engines.get(engine);
    return e.fit(new InMemoryRows(Blobs.data(), partitions), Blobs.K, CONFIG, 5, TrainingListener.NONE,
        CancellationToken.create());
  }

  @ParameterizedTest
  @ValueSource(strings = { "dec", "idec", "ae-kmeans" })
  void theEnginesThatCanSeparateTheBlobsOnThreePartitions(String engine) throws IOException {
    ClusterModel m = fit(engine, 3);
    Blobs.assertSeparated(m.assign(Blobs.data()), engine);
    assertEquals(Blobs.data().rows(), m.summary().rows());
    assertEquals(Blobs.data().columnNames(), m.inputColumns());
    assertArrayEquals(m.softAssignments(Blobs.data()).toArray(), fit(engine, 3).softAssignments(Blobs.data())
        .toArray(), "the same fit twice");
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    m.writeTo(file);
    assertArrayEquals(m.assign(Blobs.data()), Engines.read(ModelArchive.read(new ByteArrayInputStream(
        file.toByteArray()))).assign(Blobs.data()));
  }

  /** K = 6 on 120 rows of three blobs: starving clusters are reseeded at groups of 120 / (6 x 10) = 2 rows. */
  @Test
  void collapsingClustersAreReseededAsOnOneMachine() {
    java.util.List<String> warnings = new java.util.ArrayList<>();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    };
    DecConfig c = Blobs.smallConfig().set(org.dec4j.api.config.Settings.COLLAPSE_FRACTION, 0.9).set(
        org.dec4j.api.config.Settings.COLLAPSE_POLICY, org.dec4j.api.config.CollapsePolicy.RESEED).build();
    ClusterModel m = ((DataParallelEngine) Engines.get("dec")).fit(new InMemoryRows(Blobs.data(), 3), 6, c, 5,
        listener, CancellationToken.create());
    assertTrue(warnings.stream().anyMatch(w -> w.matches("cluster \\d reseeded at the 2 worst-fitted rows")),
        warnings.toString());
    assertEquals(6, m.k());
  }

  @Test
  void theOtherEnginesSayTheyTrainOnOneMachine() {
    for (String engine : new String[] { "vade", "dcn", "dac", "imsat", "n2d" }) {
      DataParallelEngine e = (DataParallelEngine) Engines.get(engine);
      assertFalse(e.dataParallel(), engine);
      UnsupportedOperationException x = assertThrows(UnsupportedOperationException.class, () -> e.fit(
          new InMemoryRows(Blobs.data(), 2), Blobs.K, CONFIG, 5, TrainingListener.NONE, CancellationToken.create()));
      assertTrue(x.getMessage().startsWith(engine + " trains on one machine only"), x.getMessage());
    }
  }

  @Test
  void theScalingFromThePartitionsStatisticsIsTheScalingOfAllRows() {
    FloatMatrix blobs = Blobs.data();
    // a column of large mean and small spread as well: E[x^2] - mean^2 in doubles would lose its variance
    double[][] v = new double[blobs.rows()][blobs.cols() + 1];
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < blobs.cols(); j++) {
        v[i][j] = blobs.get(i, j);
      }
      v[i][blobs.cols()] = 1e6 + (i % 7) * 1e-1;
    }
    FloatMatrix x = FloatMatrix.of(v);
    double[] s = new InMemoryRows(x, 4).aggregate(new ColumnStatistics(x.cols()));
    assertEquals(x.rows(), s[0]);
    for (Scaling method : new Scaling[] { Scaling.STANDARDIZE, Scaling.MIN_MAX, Scaling.GLOBAL_MAX }) {
      FeatureScaler all = FeatureScaler.fit(x, method);
      FeatureScaler parts = ColumnStatistics.scaler(s, method);
      for (int j = 0; j < x.cols(); j++) {
        assertEquals(all.offset()[j], parts.offset()[j], 1e-9 * Math.max(1, Math.abs(all.offset()[j])), method
            + " column " + j);
        assertEquals(all.factor()[j], parts.factor()[j], 1e-6 * Math.abs(all.factor()[j]), method + " column " + j);
      }
    }
  }

  @Test
  void valuesThatAreNotFiniteAreRefused() {
    FloatMatrix x = FloatMatrix.of(new double[][] { { 1, 2 }, { 3, Double.NaN }, { 5, 6 }, { 7, 8 } });
    DataParallelEngine e = (DataParallelEngine) Engines.get("dec");
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> e.fit(new InMemoryRows(x, 2),
        2, CONFIG, 5, TrainingListener.NONE, CancellationToken.create()));
    assertEquals("1 values are not finite numbers (NaN or infinite)", ex.getMessage());
  }
}
