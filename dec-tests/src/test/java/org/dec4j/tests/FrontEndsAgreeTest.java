package org.dec4j.tests;

import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.KMeansModel;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.relation.Relation;
import elki.datasource.AbstractDatabaseConnection;
import elki.datasource.FileBasedDatabaseConnection;
import elki.datasource.parser.ArffParser;
import elki.utilities.ClassGenericsUtil;
import elki.utilities.ELKIBuilder;
import elki.utilities.optionhandling.parameterization.ListParameterization;
import org.dec4j.api.config.Settings;
import org.dec4j.cli.Main;
import org.dec4j.elki.DEC;
import org.dec4j.elki.DecOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffLoader;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three front-ends give the same clusters for the same file and settings, because they share the data
 * preparation and the run ({@code TableClusterer}): iris (numeric, class last) through {@code ./dec cluster}, Weka's
 * {@code weka.clusterers.DEC} (the class removed, as {@code weka.Run ... -c last} does) and ELKI's {@code DEC} on
 * ELKI's own ARFF parser. A model saved by the command line then predicts in Weka ({@code -load-model}), and one
 * written by Weka ({@code -save-model}) predicts through {@code ./dec predict}, with the same labels.
 */
class FrontEndsAgreeTest {
  /** The settings every front-end gets, in each one's spelling below. */
  private static final String[][] SETTINGS = { { "layers", "16,8,3" }, { "pretrain-layer-steps", "50" },
      { "pretrain-steps", "100" }, { "max-iter", "200" }, { "update-interval", "20" }, { "batch-size", "32" },
      { "kmeans-restarts", "3" }, { "seed", "4" } };

  @TempDir
  static Path dir;
  private static Path iris;
  private static int[] cli;
  private static Path cliModel;

  @BeforeAll
  static void clusterWithTheCommandLine() throws IOException {
    iris = Datasets.dir().resolve("iris.arff");
    cliModel = dir.resolve("cli-model.zip");
    List<String> args = new ArrayList<>(List.of("cluster", "--input", iris.toString(), "--k", "3", "--quiet",
        "--output", dir.resolve("cli.csv").toString(), "--save-model", cliModel.toString()));
    for (String[] s : SETTINGS) {
      args.add("--" + s[0]);
      args.add(s[1]);
    }
    assertEquals(0, Main.run(args.toArray(String[]::new)));
    cli = labels(dir.resolve("cli.csv"));
  }

  private static int[] labels(Path csv) throws IOException {
    return Files.readAllLines(csv).stream().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1])).toArray();
  }

  private static Instances irisWithoutClass() throws Exception {
    ArffLoader loader = new ArffLoader();
    loader.setFile(iris.toFile());
    Instances data = loader.getDataSet();
    Remove remove = new Remove();
    remove.setAttributeIndices("last");
    remove.setInputFormat(data);
    return Filter.useFilter(data, remove);
  }

  private static weka.clusterers.DEC weka(String... more) throws Exception {
    StringBuilder b = new StringBuilder("-N 3");
    for (String[] s : SETTINGS) {
      b.append(s[0].equals("seed") ? " -S " : " -" + s[0] + " ").append(s[1]);
    }
    weka.clusterers.DEC dec = new weka.clusterers.DEC();
    String[] options = Utils.splitOptions(b.toString());
    String[] all = new String[options.length + more.length];
    System.arraycopy(options, 0, all, 0, options.length);
    System.arraycopy(more, 0, all, options.length, more.length);
    dec.setOptions(all);
    return dec;
  }

  private static int[] assign(weka.clusterers.DEC dec, Instances data) throws Exception {
    int[] labels = new int[data.numInstances()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = dec.clusterInstance(data.instance(i));
    }
    return labels;
  }

  @Test
  void wekaGivesTheCommandLinesAssignmentsAndItsModelPredictsThroughTheCommandLine() throws Exception {
    Instances data = irisWithoutClass();
    Path wekaModel = dir.resolve("weka-model.zip");
    weka.clusterers.DEC dec = weka("-save-model", wekaModel.toString());
    dec.buildClusterer(data);
    assertArrayEquals(cli, assign(dec, data), "weka.clusterers.DEC against ./dec cluster");
    assertEquals(0, Main.run("predict", "--model", wekaModel.toString(), "--input", iris.toString(), "--output",
        dir.resolve("weka-predict.csv").toString()));
    assertEquals(Files.readAllLines(dir.resolve("cli.csv")), Files.readAllLines(dir.resolve("weka-predict.csv")),
        "./dec predict with the model Weka wrote");
  }

  @Test
  void aModelSavedByTheCommandLinePredictsInWeka() throws Exception {
    Instances data = irisWithoutClass();
    weka.clusterers.DEC dec = new weka.clusterers.DEC();
    dec.setOptions(new String[] { "-load-model", cliModel.toString() });
    dec.buildClusterer(data);
    assertArrayEquals(cli, assign(dec, data));
    assertEquals(3, dec.numberOfClusters());
  }

  /** ELKI's DEC on iris read by ELKI's ARFF parser: the relation and the clustering. */
  private record ElkiRun(Relation<NumberVector> relation, Clustering<KMeansModel> clustering) {
  }

  private static ElkiRun elki() {
    ListParameterization p = new ListParameterization();
    p.addParameter(FileBasedDatabaseConnection.Par.INPUT_ID, iris.toFile());
    p.addParameter(AbstractDatabaseConnection.Par.PARSER_ID, ArffParser.class);
    Database db = ClassGenericsUtil.parameterizeOrAbort(StaticArrayDatabase.class, p);
    db.initialize();
    Relation<NumberVector> rel = db.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
    ELKIBuilder<DEC> b = new ELKIBuilder<>(DEC.class).with(DecOptions.K, 3);
    for (String[] s : SETTINGS) {
      b.with(DecOptions.id(Settings.byName(s[0])), s[1]);
    }
    return new ElkiRun(rel, b.build().run(rel));
  }

  @Test
  void elkiGivesTheCommandLinesAssignmentsAndNamesTheColumnsAsWekaDoes() throws Exception {
    ElkiRun run = elki();
    DBIDRange ids = (DBIDRange) run.relation().getDBIDs();
    int[] labels = new int[ids.size()];
    for (Cluster<KMeansModel> cl : run.clustering().getAllClusters()) {
      int j = Integer.parseInt(cl.getName().substring("Cluster ".length()));
      for (DBIDIter it = cl.getIDs().iter(); it.valid(); it.advance()) {
        labels[ids.getOffset(it)] = j;
      }
    }
    assertArrayEquals(cli, labels, "ELKI's DEC against ./dec cluster");
    StringBuilder profiles = new StringBuilder();
    elki.result.Metadata.hierarchyOf(run.clustering()).iterChildren().forEach(r -> {
      if (r instanceof elki.result.CollectionResult<?> cr) {
        cr.forEach(line -> profiles.append(line).append('\n'));
      }
    });
    assertTrue(profiles.toString().contains("petal"), "ELKI's profiles name the columns: " + profiles);
    weka.clusterers.DEC dec = weka();
    dec.buildClusterer(irisWithoutClass());
    assertTrue(dec.toString().contains("petal"), dec.toString());
  }
}
