package org.dec4j.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Figures for docs/scale.md, not a test of correctness (tagged slow, so not run by default; {@code mvn -Pslow
 * test -pl dec-spark -Dtest=DecSparkBenchmark}). First, data-parallel pretraining on 1, 2 and 4 partitions in
 * local mode beside the single-machine engine on the same rows and settings ({@value #PRETRAIN_COPIES} copies of
 * the digits, the paper's 64-500-500-2000-10 network, {@value #STEPS} end-to-end steps per partition in rounds of
 * {@value #LOCAL_STEPS}): samples/s, seconds and bytes of one averaging round, as the fit's summary prints them.
 * Then the time of the driver-side fit and of its parts, the size of the broadcast model, and the rows per
 * second of distributed prediction on 1, 2 and 4 partitions (two rounds: the first also warms the JIT), on the
 * digits repeated to {@value #COPIES} times their rows.
 */
@Tag("slow")
class DecSparkBenchmark {
  private static final int COPIES = 32;
  private static final int PRETRAIN_COPIES = 8;
  private static final int STEPS = 400;
  private static final int LOCAL_STEPS = 20;

  @Test
  void pretrainingFigures() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("dec4j-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      Digits digits = new Digits();
      Dataset<Row> once = digits.dataset(spark, 1);
      Dataset<Row> many = once;
      for (int c = 1; c < PRETRAIN_COPIES; c++) {
        many = many.union(once);
      }
      DecClustering dec = new DecClustering().setK(10).setSeed(0).setMaxIter(0).setSetting("layers",
          "500,500,2000,10").setSetting("pretraining", "END_TO_END").setSetting("pretrain-steps",
          String.valueOf(STEPS)).setLocalSteps(LOCAL_STEPS);
      FloatMatrix x = FitSample.take(many, "features", Integer.MAX_VALUE, 0);
      for (int round = 0; round < 2; round++) {
        long t = System.nanoTime();
        Engines.get("dec").fit(x, 10, dec.config(), printing("single machine, " + x.rows() + " rows"),
            CancellationToken.create());
        System.out.printf("single machine: whole fit %.1f s%n", (System.nanoTime() - t) / 1e9);
        for (int partitions : new int[] { 1, 2, 4 }) {
          Dataset<Row> data = many.repartition(partitions).cache();
          data.count();
          t = System.nanoTime();
          dec.fit(data, printing(partitions + " partitions"), CancellationToken.create());
          System.out.printf("%d partitions: whole fit %.1f s%n", partitions, (System.nanoTime() - t) / 1e9);
          data.unpersist();
        }
      }
    } finally {
      spark.stop();
    }
  }

  private static TrainingListener printing(String what) {
    return new TrainingListener() {
      @Override
      public void phaseEnded(Phase phase, double seconds, String summary) {
        if (phase == Phase.PRETRAIN || phase == Phase.INIT) {
          System.out.printf("%s: %s %.1f s: %s%n", what, phase, seconds, summary);
        }
      }
    };
  }

  @Test
  void figures() throws Exception {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("dec4j-bench")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      Digits digits = new Digits();
      Dataset<Row> small = digits.dataset(spark, 4).cache();
      small.count();
      DecClustering dec = new DecClustering().setK(10).setSeed(0).setMaxIter(560).setSetting("layers", "64,32,10")
          .setSetting("pretrain-layer-steps", "100").setSetting("pretrain-steps", "200");
      long t0 = System.nanoTime();
      FloatMatrix x = FitSample.take(small, "features", 100_000, 0);
      long t1 = System.nanoTime();
      DecClusteringModel model = dec.fit(small);
      long t2 = System.nanoTime();
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      model.clusterModel().writeTo(file);
      System.out.printf("fit on the driver: %d rows to the driver %.2f s; whole fit %.1f s; broadcast model %d"
          + " bytes%n", x.rows(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, file.size());
      for (int partitions : new int[] { 1, 2, 4, 1, 2, 4 }) {
        Dataset<Row> big = small;
        for (int c = 1; c < COPIES; c++) {
          big = big.union(small);
        }
        big = big.repartition(partitions).cache();
        long n = big.count();
        predict(model, big);
        long s = System.nanoTime();
        long sum = predict(model, big);
        double seconds = (System.nanoTime() - s) / 1e9;
        System.out.printf("predict, %d partitions: %d rows in %.2f s, %.0f rows/s (checksum %d)%n", partitions, n,
            seconds, n / seconds, sum);
        assertEquals(n, big.count());
        big.unpersist();
      }
    } finally {
      spark.stop();
    }
  }

  private static long predict(DecClusteringModel model, Dataset<Row> data) {
    return model.transform(data).agg(functions.sum("prediction")).first().getLong(0);
  }
}
