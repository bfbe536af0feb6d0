package org.dec4j.weka;

import org.junit.jupiter.api.Test;
import weka.clusterers.ClusterEvaluation;
import weka.clusterers.DEC;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecWekaTest {
  private static Instances iris() throws Exception {
    Instances data = new DataSource(DecWekaTest.class.getResourceAsStream("/iris.arff")).getDataSet();
    Remove r = new Remove();
    r.setAttributeIndices("last");
    r.setInputFormat(data);
    return Filter.useFilter(data, r);
  }

  private static DEC small() throws Exception {
    DEC c = new DEC();
    c.setOptions(Utils.splitOptions("-N 3 -layers 32,16,3 -layer-steps 40 -pretrain-steps 150 -max-iter 150 "
        + "-update-interval 20 -restarts 3 -batch-size 64 -S 3"));
    return c;
  }

  @Test
  void optionsTranslateIntoTheEngineConfiguration() throws Exception {
    DEC c = small();
    assertEquals(3, c.toConfig().k());
    assertArrayEquals(new int[] { 32, 16, 3 }, c.toConfig().encoderLayers());
    assertEquals(3, c.toConfig().seed());
    String[] opts = c.getOptions();
    DEC copy = new DEC();
    copy.setOptions(opts.clone());
    assertEquals(c.toConfig(), copy.toConfig());
    c.setEncoderLayers("10,x");
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
    c.setPretrainSteps(1_000_000);
    Thread.currentThread().interrupt();
    try {
      Exception e = assertThrows(RuntimeException.class, () -> c.buildClusterer(data));
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    } finally {
      Thread.interrupted();
    }
    assertEquals("DEC: no model built yet.", c.toString());
  }
}
