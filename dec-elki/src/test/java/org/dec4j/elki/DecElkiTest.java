package org.dec4j.elki;

import elki.Algorithm;
import elki.clustering.ClusteringAlgorithm;
import elki.data.Cluster;
import elki.data.Clustering;
import elki.data.model.KMeansModel;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.relation.MaterializedRelation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.result.Metadata;
import elki.utilities.ClassGenericsUtil;
import elki.utilities.ELKIBuilder;
import elki.utilities.ELKIServiceRegistry;
import elki.utilities.exceptions.AbortException;
import elki.utilities.optionhandling.parameterization.ListParameterization;
import elki.utilities.optionhandling.parameterization.TrackParameters;
import elki.utilities.optionhandling.parameterization.TrackedParameter;
import elki.utilities.optionhandling.parameters.Parameter;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import org.dec4j.api.select.KRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecElkiTest {
  @Test
  void theRegistryResolvesTheShortNameUnderBothInterfaces() throws IOException {
    assertEquals(DEC.class, ELKIServiceRegistry.findImplementation(ClusteringAlgorithm.class, "DEC"));
    assertEquals(DEC.class, ELKIServiceRegistry.findImplementation(Algorithm.class, "DEC"));
    assertEquals(DEC.class, ELKIServiceRegistry.findImplementation(Algorithm.class, "dec"));
    assertTrue(ELKIServiceRegistry.findAllImplementations(ClusteringAlgorithm.class).contains(DEC.class));
    for (String file : new String[] { "elki.Algorithm", "elki.clustering.ClusteringAlgorithm" }) {
      List<URL> urls = Collections.list(getClass().getClassLoader().getResources("META-INF/elki/" + file));
      boolean listed = false;
      for (URL u : urls) {
        try (InputStream in = u.openStream()) {
          listed |= new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("org.dec4j.elki.DEC DEC");
        }
      }
      assertTrue(listed, file + " does not list org.dec4j.elki.DEC DEC");
    }
  }

  @Test
  void onlyKIsRequiredAndEveryOtherOptionHasTheEnginesDefault() {
    DEC dec = new ELKIBuilder<>(DEC.class).with(DecOptions.K, 7).build();
    assertEquals(DecConfig.defaults(), dec.config());
    assertEquals(KRequest.of(7), dec.k());
  }

  @Test
  void everyEngineSettingIsATypedOptionWithADefaultOrRequired() {
    ListParameterization given = new ListParameterization().addParameter(DecOptions.K, 3);
    TrackParameters track = new TrackParameters(given);
    ClassGenericsUtil.parameterizeOrAbort(DEC.class, track);
    List<String> names = new ArrayList<>();
    for (TrackedParameter t : track.getAllParameters()) {
      Parameter<?> p = t.getParameter();
      names.add(p.getOptionID().getName());
      assertTrue(p.getOptionID().getName().startsWith("dec."), p.getOptionID().getName());
      // dec.k is optional without a default on purpose: not given, K is chosen among 2..dec.kmax
      assertTrue(p.hasDefaultValue() || !p.isOptional() || p instanceof elki.utilities.optionhandling.parameters.Flag
          || p.getOptionID() == DecOptions.K,
          p.getOptionID().getName() + " has neither a default nor is it required");
    }
    assertEquals(Settings.all().size() + 1, names.size(), "one option per setting plus dec.k: " + names);
    for (Setting<?> s : Settings.all()) {
      assertTrue(names.contains("dec." + s.name()), s.name());
    }
  }

  @Test
  void badValuesAreRejectedByElkiConstraints() {
    assertThrows(AbortException.class, () -> new ELKIBuilder<>(DEC.class).with(DecOptions.K, 1).build());
    assertThrows(AbortException.class, () -> new ELKIBuilder<>(DEC.class).with(DecOptions.K, "3,1").build());
    assertThrows(AbortException.class, () -> new ELKIBuilder<>(DEC.class).with(DecOptions.KMAX, 1).build());
    assertTrue(new ELKIBuilder<>(DEC.class).build().toString().contains("K among [2, 3, 4, 5, 6, 7, 8, 9, 10]"),
        "without dec.k, K is chosen among 2..dec.kmax");
    assertThrows(AbortException.class, () -> new ELKIBuilder<>(DEC.class).with(DecOptions.K, 3)
        .with(DecOptions.id(Settings.LR), -0.1).build());
    assertThrows(AbortException.class, () -> new ELKIBuilder<>(DEC.class).with(DecOptions.K, 3)
        .with(DecOptions.id(Settings.TOL), 1.5).build());
    assertThrows(AbortException.class, () -> new ELKIBuilder<>(DEC.class).with(DecOptions.K, 3)
        .with(DecOptions.id(Settings.LAYERS), "500,0,10").build());
  }

  @Test
  void clustersADatabaseAndAttachesSoftAssignmentsTheEmbeddingAndProfiles() {
    DEC dec = small(3).build();
    Clustering<KMeansModel> c = dec.autorun(threeBlobs());
    List<Integer> sizes = new ArrayList<>();
    for (Cluster<KMeansModel> cl : c.getAllClusters()) {
      sizes.add(cl.size());
      assertEquals(12, cl.getModel().getMean().length);
    }
    Collections.sort(sizes);
    assertEquals(List.of(30, 30, 30), sizes);
    List<String> children = new ArrayList<>();
    Metadata.hierarchyOf(c).iterChildren().forEach(r -> children.add(Metadata.of(r).getLongName()));
    assertTrue(children.containsAll(List.of(DEC.SOFT_NAME, DEC.EMBEDDING_NAME, DEC.PROFILES_NAME)),
        children.toString());
    Metadata.hierarchyOf(c).iterChildren().filter(MaterializedRelation.class).forEach(r -> {
      if (DEC.SOFT_NAME.equals(Metadata.of(r).getLongName())) {
        double[] q = (double[]) ((MaterializedRelation<?>) r).get(((MaterializedRelation<?>) r).getDBIDs().iter());
        assertEquals(3, q.length);
        assertEquals(1.0, q[0] + q[1] + q[2], 1e-5);
      }
    });
    assertArrayEquals(new String[] { "DEC Clustering" }, new String[] { Metadata.of(c).getLongName() });
  }

  /** ResultWriter writes the latent embedding as space-separated numbers that read back as the embedding. */
  @Test
  void resultWriterWritesTheLatentEmbeddingSoThatItReadsBack() throws IOException {
    Database db = threeBlobs();
    Clustering<KMeansModel> c = small(3).build().autorun(db);
    Metadata.hierarchyOf(db).addChild(c);
    java.nio.file.Path out = java.nio.file.Files.createTempDirectory("dec-elki-out");
    new elki.result.ResultWriter(out, false, false, null).processNewResult(db);
    MaterializedRelation<?> latent = Metadata.hierarchyOf(c).iterChildren().filter(MaterializedRelation.class)
        .filter(r -> DEC.EMBEDDING_NAME.equals(Metadata.of(r).getLongName())).get();
    int rows = 0;
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(out)) {
      for (java.nio.file.Path f : files.filter(p -> p.getFileName().toString().startsWith("cluster")).toList()) {
        for (String line : java.nio.file.Files.readAllLines(f)) {
          if (line.startsWith("#")) {
            continue;
          }
          int id = Integer.parseInt(line.substring(3, line.indexOf(' ')));
          String[] z = line.substring(line.indexOf(DEC.EMBEDDING_NAME + "=") + DEC.EMBEDDING_NAME.length() + 1)
              .split(" ");
          double[] expected = ((elki.data.NumberVector) latent.get(elki.database.ids.DBIDUtil.importInteger(id)))
              .toArray();
          assertEquals(3, z.length, line);
          for (int j = 0; j < 3; j++) {
            assertEquals(expected[j], Double.parseDouble(z[j]), 1e-12, line);
          }
          rows++;
        }
      }
    }
    assertEquals(90, rows);
  }

  @Test
  void aRangeOfKChoosesTheNumberOfBlobs() {
    DEC dec = small("2,3,4,5").build();
    assertEquals(3, dec.autorun(threeBlobs()).getAllClusters().size());
  }

  @Test
  void dataTheSettingsCannotFitAbortsInOneLine() {
    Database three = database(new double[][] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
    AbortException e = assertThrows(AbortException.class, () -> small(5).build().autorun(three));
    assertEquals("DEC: k (5) is larger than the number of rows (3)", e.getMessage());
    Database noValues = database(new double[][] { { 1, Double.NaN }, { 2, Double.NaN }, { 3, Double.NaN } });
    e = assertThrows(AbortException.class, () -> small(2).build().autorun(noValues));
    assertTrue(e.getMessage().startsWith("DEC: column 'c1' has no values at all"), e.getMessage());
  }

  private static Database database(double[][] x) {
    Database db = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(x), null);
    db.initialize();
    return db;
  }

  private static ELKIBuilder<DEC> small(Object k) {
    return new ELKIBuilder<>(DEC.class).with(DecOptions.K, k).with(DecOptions.id(Settings.LAYERS), "16,8,3")
        .with(DecOptions.id(Settings.PRETRAIN_LAYER_STEPS), "40").with(DecOptions.id(Settings.PRETRAIN_STEPS), "150")
        .with(DecOptions.id(Settings.BATCH_SIZE), 32).with(DecOptions.id(Settings.MAX_ITER), 100)
        .with(DecOptions.id(Settings.UPDATE_INTERVAL), 20).with(DecOptions.id(Settings.KMEANS_RESTARTS), 3)
        .with(DecOptions.id(Settings.SEED), 2L);
  }

  /** Three separated blobs of 30 rows in 12 dimensions. */
  private static Database threeBlobs() {
    SplittableRandom rng = new SplittableRandom(4);
    double[][] x = new double[90][12];
    for (int i = 0; i < 90; i++) {
      for (int j = 0; j < 12; j++) {
        x[i][j] = (i / 30) * 6 * ((j + i / 30) % 3 == 0 ? 1 : -1) + rng.nextGaussian();
      }
    }
    Database db = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(x), null);
    db.initialize();
    return db;
  }
}
