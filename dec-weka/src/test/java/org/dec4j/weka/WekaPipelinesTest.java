package org.dec4j.weka;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.clusterers.ClusterEvaluation;
import weka.clusterers.DEC;
import weka.clusterers.FilteredClusterer;
import weka.clusterers.MakeDensityBasedClusterer;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.converters.ArffLoader;
import weka.core.converters.ArffSaver;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.DensityBasedClustererSplitEvaluator;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.AddCluster;
import weka.filters.unsupervised.attribute.Remove;
import weka.gui.Logger;
import weka.knowledgeflow.Flow;
import weka.knowledgeflow.FlowRunner;
import weka.knowledgeflow.StepManager;
import weka.knowledgeflow.StepManagerImpl;
import weka.knowledgeflow.steps.Clusterer;
import weka.knowledgeflow.steps.ClustererPerformanceEvaluator;
import weka.knowledgeflow.steps.Loader;
import weka.knowledgeflow.steps.PredictionAppender;
import weka.knowledgeflow.steps.Saver;
import weka.knowledgeflow.steps.Step;
import weka.knowledgeflow.steps.TextViewer;
import weka.knowledgeflow.steps.TrainingSetMaker;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DEC inside Weka's pipelines: a KnowledgeFlow flow run headless by {@link FlowRunner}, {@link FilteredClusterer}
 * and the {@link AddCluster} filter. Each asserts what the pipeline made of DEC's clusters, not only that it ran.
 */
class WekaPipelinesTest {
  /** Classes-to-clusters error on iris that a clustering must beat: k-means gets about 11%, a blind guess 67%. */
  private static final double MAX_ERROR_PERCENT = 34;
  private static final Pattern INCORRECT = Pattern.compile("Incorrectly clustered instances :\\s*[0-9.]+\\s+([0-9.]+)");

  /** @return the classes-to-clusters error (percent) in Weka's cluster evaluation text */
  private static double incorrectPercent(String evaluation) {
    Matcher m = INCORRECT.matcher(evaluation);
    assertTrue(m.find(), "no classes-to-clusters error in: " + evaluation);
    return Double.parseDouble(m.group(1));
  }

  /** @return the share of rows on which two 3-cluster partitions agree under the best matching of their clusters */
  private static double bestAgreement(int[] a, int[] b) {
    int[][] permutations = { { 0, 1, 2 }, { 0, 2, 1 }, { 1, 0, 2 }, { 1, 2, 0 }, { 2, 0, 1 }, { 2, 1, 0 } };
    int best = 0;
    for (int[] p : permutations) {
      int agree = 0;
      for (int i = 0; i < a.length; i++) {
        agree += p[a[i]] == b[i] ? 1 : 0;
      }
      best = Math.max(best, agree);
    }
    return best / (double) a.length;
  }

  private static StepManagerImpl add(Flow flow, Step step, String name) {
    step.setName(name);
    StepManagerImpl m = new StepManagerImpl(step);
    flow.addStep(m);
    return m;
  }

  private static void connect(StepManagerImpl from, String connection, StepManagerImpl to) {
    assertTrue(from.addOutgoingConnection(connection, to), from.getName() + " -" + connection + "-> " + to.getName());
  }

  /**
   * ArffLoader -> Remove (the class: the flow's Clusterer step hands a clusterer the data with its class index, and
   * Weka clusterers refuse a class) -> TrainingSetMaker -> DEC -> evaluator -> text, and DEC -> PredictionAppender
   * -> ArffSaver.
   */
  private static Flow irisFlow(File arff, File outDir) throws Exception {
    Flow flow = new Flow();
    flow.setFlowName("dec-iris");
    ArffLoader arffLoader = new ArffLoader();
    arffLoader.setFile(arff);
    Loader loader = new Loader();
    loader.setLoader(arffLoader);
    Remove removeClass = new Remove();
    removeClass.setAttributeIndices("last");
    weka.knowledgeflow.steps.Filter filter = new weka.knowledgeflow.steps.Filter();
    filter.setFilter(removeClass);
    Clusterer clusterer = new Clusterer();
    clusterer.setClusterer(WekaFixtures.small());
    ArffSaver arffSaver = new ArffSaver();
    arffSaver.setDir(outDir.getAbsolutePath());
    arffSaver.setFilePrefix("membership-");
    Saver saver = new Saver();
    saver.setSaver(arffSaver);
    StepManagerImpl load = add(flow, loader, "ArffLoader");
    StepManagerImpl remove = add(flow, filter, "RemoveClass");
    StepManagerImpl train = add(flow, new TrainingSetMaker(), "TrainingSetMaker");
    StepManagerImpl dec = add(flow, clusterer, "DEC");
    StepManagerImpl eval = add(flow, new ClustererPerformanceEvaluator(), "ClustererPerformanceEvaluator");
    StepManagerImpl text = add(flow, new TextViewer(), "TextViewer");
    StepManagerImpl append = add(flow, new PredictionAppender(), "PredictionAppender");
    StepManagerImpl save = add(flow, saver, "ArffSaver");
    connect(load, StepManager.CON_DATASET, remove);
    connect(remove, StepManager.CON_DATASET, train);
    connect(train, StepManager.CON_TRAININGSET, dec);
    connect(dec, StepManager.CON_BATCH_CLUSTERER, eval);
    connect(eval, StepManager.CON_TEXT, text);
    connect(dec, StepManager.CON_BATCH_CLUSTERER, append);
    connect(append, StepManager.CON_TRAININGSET, save);
    return flow;
  }

  /** Collects a flow's log so that a step's error fails the test with its message. */
  private static final class CollectingLog implements Logger {
    final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void logMessage(String message) {
      lines.add(message);
    }

    @Override
    public void statusMessage(String message) {
      // status lines repeat the log
    }

    synchronized List<String> errors() {
      return lines.stream().filter(l -> l.contains("ERROR") || l.contains("Exception")).toList();
    }
  }

  @Test
  void aKnowledgeFlowFlowRunsDecHeadlessFromItsKfFile(@TempDir Path dir) throws Exception {
    File arff = dir.resolve("iris.arff").toFile();
    try (InputStream in = WekaPipelinesTest.class.getResourceAsStream("/iris.arff")) {
      Files.copy(in, arff.toPath(), StandardCopyOption.REPLACE_EXISTING);
    }
    File kf = dir.resolve("dec-iris.kf").toFile();
    irisFlow(arff, dir.toFile()).saveFlow(kf);
    assertTrue(Files.readString(kf.toPath()).contains("weka.clusterers.DEC"), "the .kf file names DEC");

    CollectingLog log = new CollectingLog();
    FlowRunner runner = new FlowRunner();
    runner.setLogger(log);
    runner.setFlow(Flow.loadFlow(kf, log));
    runner.run();
    runner.waitUntilFinished();
    assertEquals(List.of(), log.errors(), "flow log errors");

    TextViewer viewer = (TextViewer) runner.getFlow().findStep("TextViewer").getManagedStep();
    Map<String, String> results = viewer.getResults();
    assertEquals(1, results.size(), "one evaluation text: " + results.keySet());
    String evaluation = results.values().iterator().next();
    assertTrue(evaluation.contains("Deep Embedded Clustering (dec4j)") && evaluation.contains("Clustered Instances"),
        evaluation);

    List<Path> saved;
    try (Stream<Path> files = Files.list(dir)) {
      saved = files.filter(p -> p.getFileName().toString().startsWith("membership-")).toList();
    }
    assertEquals(1, saved.size(), "cluster membership file: " + saved);
    Instances membership = new DataSource(saved.get(0).toString()).getDataSet();
    assertEquals(150, membership.numInstances());
    Attribute cluster = membership.attribute(membership.numAttributes() - 1);
    assertTrue(cluster.isNominal() && cluster.numValues() == 3, "appended cluster attribute: " + cluster);
    Instances truth = WekaFixtures.irisWithClass();
    int[] labels = new int[150];
    int[] classes = new int[150];
    for (int i = 0; i < 150; i++) {
      labels[i] = (int) membership.instance(i).value(cluster);
      classes[i] = (int) truth.instance(i).classValue();
    }
    double error = 100 * (1 - bestAgreement(labels, classes));
    assertTrue(error < MAX_ERROR_PERCENT, "membership against the iris classes: error " + error + "%");
  }

  @Test
  void filteredClustererTrainsDecOnTheFilteredAttributes() throws Exception {
    Remove dropFirst = new Remove();
    dropFirst.setAttributeIndices("first");
    FilteredClusterer fc = new FilteredClusterer();
    fc.setFilter(dropFirst);
    fc.setClusterer(WekaFixtures.small());
    fc.buildClusterer(WekaFixtures.iris());
    DEC dec = (DEC) fc.getClusterer();
    assertEquals(3, dec.getModel().model().inputDimension(), "DEC saw the three remaining attributes");
    assertEquals(3, fc.numberOfClusters());

    ClusterEvaluation eval = new ClusterEvaluation();
    eval.setClusterer(fc);
    eval.evaluateClusterer(WekaFixtures.irisWithClass());
    double error = incorrectPercent(eval.clusterResultsToString());
    assertTrue(error < MAX_ERROR_PERCENT, "classes-to-clusters error " + error + "%:\n"
        + eval.clusterResultsToString());
  }

  @Test
  void addClusterAppendsTheLabelsDecGives() throws Exception {
    AddCluster add = new AddCluster();
    DEC template = WekaFixtures.small();
    template.setDeterministic(true);
    add.setClusterer(template);
    Instances withClass = WekaFixtures.irisWithClass();
    add.setInputFormat(withClass);
    Instances out = Filter.useFilter(withClass, add);
    assertEquals(withClass.numAttributes() + 1, out.numAttributes());
    Attribute cluster = out.attribute(out.numAttributes() - 1);
    assertEquals("cluster", cluster.name());
    assertEquals(3, cluster.numValues());

    DEC same = WekaFixtures.small();
    same.setDeterministic(true);
    Instances features = WekaFixtures.iris();
    same.buildClusterer(features);
    for (int i = 0; i < out.numInstances(); i++) {
      assertEquals(same.clusterInstance(features.instance(i)), (int) out.instance(i).value(cluster), "row " + i);
    }
  }

  /**
   * The Experimenter evaluates clusterers only through {@link DensityBasedClustererSplitEvaluator} (log-likelihood
   * of the test split); DEC is not a density model, and {@link MakeDensityBasedClusterer} wrapped around it (a
   * diagonal normal per DEC cluster on the input attributes) is what makes it usable there.
   */
  @Test
  void theExperimentersSplitEvaluatorScoresDecWrappedAsADensity() throws Exception {
    Instances data = WekaFixtures.irisWithClass();
    data.randomize(new Random(1));
    Instances train = new Instances(data, 0, 100);
    Instances test = new Instances(data, 100, 50);
    DensityBasedClustererSplitEvaluator evaluator = new DensityBasedClustererSplitEvaluator();
    evaluator.setClusterer(new MakeDensityBasedClusterer(WekaFixtures.small()));
    Object[] result = evaluator.getResult(train, test);
    List<String> names = List.of(evaluator.getResultNames());
    double logLikelihood = (Double) result[names.indexOf("Log_likelihood")];
    double clusters = (Double) result[names.indexOf("Number_of_clusters")];
    assertEquals(3, clusters);
    assertTrue(Double.isFinite(logLikelihood), "log-likelihood " + logLikelihood);
    assertTrue(evaluator.getRawResultOutput().contains("Deep Embedded Clustering"), evaluator.getRawResultOutput());
  }
}
