package org.dec4j.tests;

import elki.clustering.kmeans.KMeans;
import elki.clustering.kmeans.LloydKMeans;
import elki.clustering.kmeans.initialization.KMeansPlusPlus;
import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.Model;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.utilities.ELKIBuilder;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.PreparedData;
import org.dec4j.cli.eval.ExternalMeasures;
import org.dec4j.elki.DEC;
import org.dec4j.elki.DecOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DEC inside ELKI: from ELKI's own command line in a fresh JVM, and through ELKIBuilder against ELKI's k-means. Both
 * use a 256-128-10 network and a short budget: they test the plug-in's paths (the accuracy of the defaults' network is
 * {@link FamilyAccuracyTest}'s).
 */
class ElkiPluginTest {
  @Test
  void kddCliApplicationRunsDecOnDigitsAndEvaluatesIt() throws Exception {
    Path plugin = Path.of(System.getProperty("dec4j.elkiPlugin"));
    assertTrue(Files.isRegularFile(plugin.resolve("dec4j-elki.jar")), "the ELKI plugin was not built: " + plugin);
    List<Path> cp = FreshJvm.testClassPath("elki", "fastutil", "jafama");
    cp.add(plugin.resolve("dec4j-elki.jar"));
    try (Stream<Path> lib = Files.list(plugin.resolve("lib"))) {
      lib.forEach(cp::add);
    }
    FreshJvm.Result r = FreshJvm.run(cp, Map.of(), "elki.application.KDDCLIApplication",
        "-dbc.in", Datasets.dir().resolve("digits.arff.gz").toString(), "-algorithm", "DEC", "-dec.k", "10",
        "-dec.layers", "256,128,10", "-dec.pretrain-layer-steps", "100", "-dec.pretrain-steps", "200",
        "-dec.max-iter", "300", "-dec.update-interval", "50", "-evaluator", "clustering.EvaluateClustering",
        "-paircounting.selfpair", "-resulthandler", "ResultWriter", "-out.filter", "Evaluation", "-time");
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("Pair counting ARI"), r.output());
    assertTrue(r.output().contains("Entropy based Arithmetic NMI"), r.output());
    assertTrue(r.output().contains("org.dec4j.elki.DEC.runtime"), r.output());
  }

  @Test
  void decBeatsElkiKMeansPlusPlusOnDigits() throws Exception {
    PreparedData digits = Datasets.load("digits.arff.gz");
    double[][] rows = new double[digits.features().rows()][];
    for (int i = 0; i < rows.length; i++) {
      float[] f = digits.features().row(i);
      rows[i] = new double[f.length];
      for (int j = 0; j < f.length; j++) {
        rows[i][j] = f[j];
      }
    }
    Database db = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(rows), null);
    db.initialize();
    Relation<NumberVector> rel = db.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
    int[] classes = digits.classes().orElseThrow().labels();

    DEC dec = new ELKIBuilder<>(DEC.class).with(DecOptions.K, 10).with(DecOptions.id(Settings.SEED), 1L)
        .with(DecOptions.id(Settings.LAYERS), "256,128,10").with(DecOptions.id(Settings.PRETRAIN_LAYER_STEPS), "100")
        .with(DecOptions.id(Settings.PRETRAIN_STEPS), "200").with(DecOptions.id(Settings.MAX_ITER), 300)
        .with(DecOptions.id(Settings.UPDATE_INTERVAL), 50).build();
    ExternalMeasures d = ExternalMeasures.of(labels(dec.run(rel), rel), classes);
    LloydKMeans<NumberVector> km = new ELKIBuilder<>(LloydKMeans.class).with(KMeans.K_ID, 10)
        .with(KMeans.INIT_ID, KMeansPlusPlus.class).with(KMeans.SEED_ID, 1).build();
    ExternalMeasures k = ExternalMeasures.of(labels(km.run(rel), rel), classes);
    System.out.printf("digits through ELKI: DEC ARI %.4f NMI %.4f; KMeans++ ARI %.4f NMI %.4f%n", d.ari(), d.nmi(),
        k.ari(), k.nmi());
    assertTrue(d.ari() > k.ari(), "ARI " + d.ari() + " vs " + k.ari());
    assertTrue(d.nmi() > k.nmi(), "NMI " + d.nmi() + " vs " + k.nmi());
  }

  private static int[] labels(Clustering<? extends Model> c, Relation<?> rel) {
    DBIDRange ids = (DBIDRange) rel.getDBIDs();
    int[] labels = new int[ids.size()];
    List<Cluster<? extends Model>> all = new ArrayList<>(c.getAllClusters());
    for (int j = 0; j < all.size(); j++) {
      for (DBIDIter it = all.get(j).getIDs().iter(); it.valid(); it.advance()) {
        labels[ids.getOffset(it)] = j;
      }
    }
    return labels;
  }
}
