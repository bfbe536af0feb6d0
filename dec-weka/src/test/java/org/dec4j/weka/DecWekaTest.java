package org.dec4j.weka;

import org.dec4j.api.config.Settings;
import org.junit.jupiter.api.Test;
import weka.clusterers.ClusterEvaluation;
import weka.clusterers.DEC;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecWekaTest {
  private static Instances iris() throws Exception {
    return WekaFixtures.iris();
  }

  private static DEC small() throws Exception {
    return WekaFixtures.small();
  }

  @Test
  void optionsTranslateIntoTheEngineConfiguration() throws Exception {
    DEC c = small();
    assertEquals(org.dec4j.api.select.KRequest.of(3), c.kRequest());
    assertArrayEquals(new int[] { 32, 16, 3 }, c.toConfig().get(Settings.LAYERS));
    assertEquals(3L, c.toConfig().get(Settings.SEED));
    String[] opts = c.getOptions();
    DEC copy = new DEC();
    copy.setOptions(opts.clone());
    assertEquals(c.toConfig(), copy.toConfig());
    c.setLayers("10,x");
    assertThrows(IllegalArgumentException.class, c::toConfig);
  }

  @Test
  void clustersIrisAndSurvivesJavaSerialisation() throws Exception {
    Instances data = iris();
    DEC c = small();
    c.buildClusterer(data);
    assertEquals(3, c.numberOfClusters());
    assertTrue(c.toString().contains("training cluster sizes"), c.toString());
    double[] before = new double[data.numInstances()];
    for (int i = 0; i < before.length; i++) {
      before[i] = c.clusterInstance(data.instance(i));
      double[] q = c.distributionForInstance(data.instance(i));
      assertEquals(1.0, java.util.Arrays.stream(q).sum(), 1e-5);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SerializationHelper.write(bytes, c);
    DEC back = (DEC) SerializationHelper.read(new ByteArrayInputStream(bytes.toByteArray()));
    for (int i = 0; i < before.length; i++) {
      assertEquals(before[i], back.clusterInstance(data.instance(i)), "row " + i);
    }
    ClusterEvaluation eval = new ClusterEvaluation();
    eval.setClusterer(back);
    eval.evaluateClusterer(data);
    assertEquals(3, eval.getNumClusters());
  }

  @Test
  void anInterruptStopsTrainingPromptly() throws Exception {
    Instances data = iris();
    DEC c = small();
    c.setPretrainSteps("1000000");
    Thread.currentThread().interrupt();
    try {
      Exception e = assertThrows(RuntimeException.class, () -> c.buildClusterer(data));
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    } finally {
      Thread.interrupted();
    }
    assertEquals("DEC: no model built yet.", c.toString());
  }

  /** Four well-separated blobs in 8 dimensions, 50 rows each. */
  private static Instances blobs() {
    java.util.ArrayList<weka.core.Attribute> atts = new java.util.ArrayList<>();
    for (int a = 0; a < 8; a++) {
      atts.add(new weka.core.Attribute("x" + a));
    }
    Instances data = new Instances("blobs", atts, 200);
    java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
    for (int i = 0; i < 200; i++) {
      double[] v = new double[8];
      for (int a = 0; a < 8; a++) {
        v[a] = (a % 4 == i % 4 ? 10 : 0) + rng.nextGaussian();
      }
      data.add(new weka.core.DenseInstance(1, v));
    }
    return data;
  }

  @Test
  void numClustersMinusOneChoosesKAndSaysWhy() throws Exception {
    DEC c = new DEC();
    c.setOptions(Utils.splitOptions("-N -1 -max 6 -layers 32,16,3 -pretrain-layer-steps 40 -pretrain-steps 150"
        + " -max-iter 100 -update-interval 20 -kmeans-restarts 3 -batch-size 64 -S 1"));
    c.buildClusterer(blobs());
    assertEquals(4, c.numberOfClusters(), c.toString());
    String text = c.toString();
    assertTrue(text.contains("K = 4 chosen"), text);
    assertTrue(text.contains("cluster 3:") && text.contains("sets it apart"), "per-cluster summary: " + text);
    DEC copy = new DEC();
    copy.setOptions(c.getOptions());
    assertEquals(-1, copy.getNumClusters());
    assertEquals(6, copy.getMaxClusters());
  }
}
