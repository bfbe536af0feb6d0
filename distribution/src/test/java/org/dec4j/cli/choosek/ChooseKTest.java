package org.dec4j.cli.choosek;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.api.select.KRequest;
import org.dec4j.api.select.KSelector;
import org.dec4j.api.select.Recommendation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * choose-k finds the true number of clusters of generated data: four well separated arcs in the plane, carried
 * into 60 dimensions by a random non-linear map (tanh of a random affine map) with noise.
 */
class ChooseKTest {
  static final int TRUE_K = 4;

  static FloatMatrix manifoldClusters(int perCluster, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int d = 60;
    double[][] a = new double[d][2];
    double[] bias = new double[d];
    for (int j = 0; j < d; j++) {
      a[j][0] = rng.nextGaussian() * 0.6;
      a[j][1] = rng.nextGaussian() * 0.6;
      bias[j] = rng.nextGaussian() * 0.5;
    }
    double[][] x = new double[TRUE_K * perCluster][d];
    for (int c = 0; c < TRUE_K; c++) {
      double cx = 5 * Math.cos(2 * Math.PI * c / TRUE_K);
      double cy = 5 * Math.sin(2 * Math.PI * c / TRUE_K);
      for (int i = 0; i < perCluster; i++) {
        double t = rng.nextDouble() * Math.PI;
        double u = cx + Math.cos(t + c) * 1.0 + rng.nextGaussian() * 0.1;
        double v = cy + Math.sin(t + c) * 1.0 + rng.nextGaussian() * 0.1;
        for (int j = 0; j < d; j++) {
          x[c * perCluster + i][j] = Math.tanh(a[j][0] * u + a[j][1] * v + bias[j]) + rng.nextGaussian() * 0.02;
        }
      }
    }
    return FloatMatrix.of(x);
  }

  @Test
  void recommendsTheTrueNumberOfClusters() {
    FloatMatrix x = manifoldClusters(60, 3);
    DecConfig base = DecConfig.builder().set(Settings.LAYERS, new int[] { 64, 32, 4 })
        .set(Settings.PRETRAIN_LAYER_STEPS, 150).set(Settings.PRETRAIN_STEPS, 300).set(Settings.BATCH_SIZE, 64)
        .set(Settings.MAX_ITER, 300).set(Settings.UPDATE_INTERVAL, 20).set(Settings.KMEANS_RESTARTS, 5).build();
    KSelector.Selection s = KSelector.select(Engines.get("dec"), x, KRequest.parse("2..7", 2), new int[] { 2, 4 },
        base, TrainingListener.NONE, CancellationToken.create());
    List<SweepRow> rows = new ArrayList<>();
    for (int i = 0; i < s.candidates().size(); i++) {
      rows.add(SweepRow.of(s.candidates().get(i), s.runs().get(i), x, null, 0));
    }
    Recommendation r = s.recommendation();
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    new SweepReport(rows, false).print(new PrintStream(table));
    System.out.println(table + "recommended: k=" + r.k() + " latent=" + r.latent() + " (" + r.reason() + ")");
    assertEquals(TRUE_K, r.k(), table.toString());
  }
}
