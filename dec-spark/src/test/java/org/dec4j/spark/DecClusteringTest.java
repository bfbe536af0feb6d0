package org.dec4j.spark;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.pipeline.PreparedModel;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.api.select.ClusterMatching;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DecClustering in Spark's local mode on the digits (4 partitions, a small budget): trained where the rows are
 * (dec, idec, ae-kmeans by parameter averaging) to the accuracy of the single-machine run of the same settings
 * and seed, another engine fitted on the driver with a warning, a saved model that predicts the same labels through Spark and
 * through its dec4j model file, and two fits in parallel threads of one JVM that give what each gives alone.
 */
class DecClusteringTest {
  private static final int K = 10;
  private static SparkSession spark;
  private static Digits digits;
  private static Dataset<Row> data;
  private static DecClusteringModel fitted;
  private static int[] predicted;

  @BeforeAll
  static void fit() {
    spark = SparkSession.builder().master("local[2]").appName("dec4j-test").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    digits = new Digits();
    data = digits.dataset(spark, 4).cache();
    fitted = estimator(0).fit(data);
    predicted = labels(fitted.transform(data));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static DecClustering estimator(long seed) {
    return new DecClustering().setK(K).setSeed(seed).setMaxIter(560).setSetting("layers", "64,32,10")
        .setSetting("pretrain-layer-steps", "100").setSetting("pretrainSteps", "200");
  }

  private static int[] labels(Dataset<Row> assigned) {
    List<Row> rows = assigned.select("prediction").collectAsList();
    return rows.stream().mapToInt(r -> r.getInt(0)).toArray();
  }

  private static double accuracy(int[] labels) {
    return ClusterMatching.agreement(labels, digits.classes, K);
  }

  @Test
  void fourPartitionsReachTheAccuracyOfOneMachine() {
    DecConfig config = estimator(0).config();
    assertEquals(List.of(64, 32, 10), Arrays.stream(config.get(Settings.LAYERS)).boxed().toList());
    int[] alone = Engines.get("dec").fit(digits.matrix(), K, config).labels();
    double spark = accuracy(predicted);
    double single = accuracy(alone);
    System.out.printf("digits ACC: spark (4 partitions) %.4f, single machine %.4f%n", spark, single);
    assertEquals(single, spark, 0.03);
    assertTrue(spark > 0.5, "ACC " + spark);
  }

  @ParameterizedTest
  @ValueSource(strings = { "idec", "ae-kmeans" })
  void idecAndAeKmeansAlsoTrainWhereTheRowsAre(String engine) {
    List<String> said = new ArrayList<>();
    DecClustering dec = estimator(0).setSetting("engine", engine).setMaxIter(280);
    int[] labels = labels(dec.fit(data, listener(said), CancellationToken.create()).transform(data));
    int[] alone = Engines.get(engine).fit(digits.matrix(), K, dec.config()).labels();
    System.out.printf("%s digits ACC: spark (4 partitions) %.4f, single machine %.4f%n", engine, accuracy(labels),
        accuracy(alone));
    assertTrue(said.stream().anyMatch(m -> m.startsWith("PRETRAIN data-parallel, 3 layer pairs")), said.toString());
    assertEquals(accuracy(alone), accuracy(labels), 0.05);
  }

  /** A deterministic fit runs each task on one ND4J thread; the driver must not hold that lock (it deadlocked). */
  @Test
  void aDeterministicFitOnALocalMasterFinishesAndRepeats() {
    DecClustering det = estimator(3).setSetting("deterministic", "true").setMaxIter(140).setSetting(
        "pretrain-layer-steps", "20").setSetting("pretrain-steps", "40");
    int[] a = assertTimeoutPreemptively(java.time.Duration.ofSeconds(300), () -> labels(det.fit(data).transform(
        data)));
    assertArrayEquals(a, labels(det.fit(data).transform(data)));
  }

  @Test
  void anEngineThatTrainsOnOneMachineSaysSoAndFitsOnTheDriver() {
    List<String> said = new ArrayList<>();
    DecClustering vade = estimator(0).setSetting("engine", "vade").setMaxIter(10).setSetting("pretrain-steps", "20")
        .setSetting("pretrain-layer-steps", "20");
    vade.fit(data, listener(said), CancellationToken.create());
    assertTrue(said.contains("WARNING vade trains on one machine only (data-parallel: dec, idec, ae-kmeans): it is"
        + " fitted on the driver on at most fitSampleRows rows"), said.toString());
    assertTrue(said.stream().noneMatch(m -> m.contains("data-parallel,")), said.toString());
  }

  private static TrainingListener listener(List<String> said) {
    return new TrainingListener() {
      @Override
      public void phaseEnded(org.dec4j.api.progress.Phase phase, double seconds, String summary) {
        said.add(phase + " " + summary);
      }

      @Override
      public void warning(String message) {
        said.add("WARNING " + message);
      }
    };
  }

  @Test
  void theSparkEngineFitsAsDecClusteringDoesAndKeepsTheColumnNames() {
    FitResult r = new SparkEngine(spark, 4, "dec").fit(digits.matrix(), K, estimator(0).config(),
        TrainingListener.NONE, CancellationToken.create());
    assertArrayEquals(predicted, r.labels());
    assertEquals(digits.names, r.model().inputColumns());
    assertArrayEquals(predicted, ClusterModel.argmaxRows(r.softAssignments()));
    assertEquals(digits.rows.length, r.embedding().rows());
    assertThrows(IllegalArgumentException.class, () -> new SparkEngine(spark, 4, "no-such"));
  }

  @Test
  void theSavedModelPredictsTheSameThroughSparkAndItsModelFile(@TempDir Path dir) throws Exception {
    String path = dir.resolve("model").toString();
    fitted.write().save(path);
    DecClusteringModel loaded = DecClusteringModel.load(path);
    assertEquals(fitted.uid(), loaded.uid());
    assertEquals(560, (Integer) loaded.getOrDefault(loaded.getParam("maxIter")));
    assertArrayEquals(predicted, labels(loaded.transform(data)));
    PreparedModel file = PreparedModel.load(dir.resolve("model").resolve(DecClusteringModel.MODEL_FILE));
    assertEquals(digits.names, file.model().inputColumns());
    assertArrayEquals(predicted, file.model().assign(digits.matrix()));
  }

  @Test
  void wekasDecReadsTheSavedModelFileAndAssignsTheSameLabels(@TempDir Path dir) throws Exception {
    String path = dir.resolve("model").toString();
    fitted.write().save(path);
    weka.core.Instances rows = digits.instancesWithoutClass();
    weka.clusterers.DEC dec = new weka.clusterers.DEC();
    dec.setOptions(new String[] { "-load-model", dir.resolve("model").resolve(DecClusteringModel.MODEL_FILE)
        .toString() });
    dec.buildClusterer(rows);
    int[] weka = new int[rows.numInstances()];
    for (int i = 0; i < weka.length; i++) {
      weka[i] = dec.clusterInstance(rows.instance(i));
    }
    assertArrayEquals(predicted, weka);
    assertEquals(K, dec.numberOfClusters());
  }

  @Test
  void twoFitsInParallelThreadsGiveWhatEachGivesAlone() {
    int[] other = labels(estimator(1).fit(data).transform(data));
    CompletableFuture<int[]> a = CompletableFuture.supplyAsync(() -> labels(estimator(0).fit(data).transform(data)));
    CompletableFuture<int[]> b = CompletableFuture.supplyAsync(() -> labels(estimator(1).fit(data).transform(data)));
    assertArrayEquals(predicted, a.join());
    assertArrayEquals(other, b.join());
  }

  @Test
  void everySettingIsAParamWithTheDeclaredDefault() {
    DecClustering dec = new DecClustering();
    for (var s : Settings.all()) {
      assertTrue(dec.hasParam(s.propertyName()), s.name());
      assertEquals(s.format(s.defaultValue()), s.format(dec.getOrDefault(dec.getParam(s.propertyName()))), s.name());
    }
    assertEquals(DecConfig.defaults(), dec.config());
    assertTrue(dec.explainParams().contains("pretrainLayerSteps"));
  }

  @Test
  void aRefusedValueNamesTheSetting() {
    DecClustering dec = new DecClustering();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dec.setSetting("batch-size",
        "0"));
    assertEquals("batch-size must be at least 1 (got 0)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> dec.setK(1));
    assertThrows(IllegalArgumentException.class, () -> dec.setSetting("no-such", "1"));
  }

  @Test
  void theEstimatorSavesAndLoadsItsParams(@TempDir Path dir) throws Exception {
    DecClustering dec = estimator(7);
    dec.write().save(dir.resolve("estimator").toString());
    DecClustering loaded = DecClustering.load(dir.resolve("estimator").toString());
    assertEquals(dec.config(), loaded.config());
    assertEquals(K, (Integer) loaded.getOrDefault(loaded.getParam("k")));
  }

  @Test
  void aLargerDataSetIsFittedOnASeededSampleOfFitSampleRows() {
    FloatMatrix all = FitSample.take(data, "features", 5000, 3);
    assertEquals(digits.matrix().rows(), all.rows());
    assertArrayEquals(digits.matrix().row(1796), all.row(1796));
    assertEquals(digits.names, all.columnNames());
    FloatMatrix a = FitSample.take(data, "features", 1000, 3);
    FloatMatrix b = FitSample.take(data, "features", 1000, 3);
    FloatMatrix c = FitSample.take(data, "features", 1000, 4);
    assertEquals(1000, a.rows());
    Set<String> rows = new HashSet<>();
    for (int i = 0; i < all.rows(); i++) {
      rows.add(Arrays.toString(all.row(i)));
    }
    boolean differs = false;
    for (int i = 0; i < a.rows(); i++) {
      assertArrayEquals(a.row(i), b.row(i));
      assertTrue(rows.contains(Arrays.toString(a.row(i))));
      differs |= !Arrays.equals(a.row(i), c.row(i));
    }
    assertTrue(differs, "another seed, another sample");
  }

  @Test
  void inAPipelineItFitsTheSameAndSavesAndLoads(@TempDir Path dir) throws Exception {
    Dataset<Row> table = digits.table(spark, 4);
    PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] { digits.assembler(), estimator(0) })
        .fit(table);
    assertArrayEquals(predicted, labels(pipeline.transform(table)));
    pipeline.write().save(dir.resolve("pipeline").toString());
    assertArrayEquals(predicted, labels(PipelineModel.load(dir.resolve("pipeline").toString()).transform(table)));
  }

  @Test
  void transformAddsTheClusterAndSoftAssignmentsBesideTheOtherColumns() {
    Dataset<Row> table = digits.assembler().transform(digits.table(spark, 4));
    DecClusteringModel model = fitted.copy(ParamMap.empty()).setPredictionCol("cluster").setProbabilityCol("q");
    List<Row> rows = model.transform(table).collectAsList();
    assertEquals(digits.rows.length, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertEquals(digits.rows[i][63], r.getDouble(63));
      double[] q = r.<Vector>getAs("q").toArray();
      assertEquals(K, q.length);
      assertEquals(1.0, Arrays.stream(q).sum(), 1e-4);
      int best = 0;
      for (int j = 1; j < K; j++) {
        best = q[j] > q[best] ? j : best;
      }
      assertEquals(predicted[i], r.<Integer>getAs("cluster"));
      assertEquals(best, predicted[i]);
    }
    assertThrows(IllegalArgumentException.class, () -> fitted.transform(fitted.transform(data)));
    assertThrows(IllegalArgumentException.class, () -> fitted.transform(digits.table(spark, 1)));
  }

  @Test
  void bothStagesSurviveJavaSerialisation() throws Exception {
    DecClustering dec = roundTrip(estimator(5));
    assertEquals(estimator(5).config(), dec.config());
    DecClusteringModel model = roundTrip(fitted);
    assertArrayEquals(predicted, model.clusterModel().assign(digits.matrix()));
    assertArrayEquals(predicted, labels(model.transform(data)));
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T stage) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(stage);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void aModelFileReadsAsAnyDec4jModel() {
    ClusterModel m = fitted.clusterModel();
    assertEquals(K, m.k());
    assertEquals(64, m.inputDimension());
    assertEquals("1797", m.provenance().get("trainingRows"));
  }
}
