package org.dec4j.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dec4j.api.data.FloatMatrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Figures for docs/scale.md, not a test of correctness (tagged slow, so not run by default; {@code mvn -Pslow
 * test -pl dec-spark -Dtest=DecSparkBenchmark}): the time of the driver-side fit and of its two parts (taking the
 * rows to the driver, the engine's fit), the size of the broadcast model, and the rows per second of distributed
 * prediction on 1, 2 and 4 partitions in local mode (two rounds: the first also warms the JIT), on the digits
 * repeated to {@value #COPIES} times their rows.
 */
@Tag("slow")
class DecSparkBenchmark {
  private static final int COPIES = 32;

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
