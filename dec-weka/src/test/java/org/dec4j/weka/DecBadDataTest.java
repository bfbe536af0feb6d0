package org.dec4j.weka;

import org.junit.jupiter.api.Test;
import weka.clusterers.DEC;
import weka.core.Instances;
import weka.core.WekaException;
import weka.core.converters.ConverterUtils.DataSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data DEC cannot train on is refused before any work with Weka's own kind of message: its capability test for an
 * attribute type it does not handle, and one line naming the option or the attribute for the rest, thrown by
 * weka.clusterers.DEC itself (what the Explorer shows in its error dialog and weka.Run prints), never from inside
 * dec4j's engine.
 */
class DecBadDataTest {
  private static Instances arff(String text) throws Exception {
    return new DataSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDataSet();
  }

  private static Exception refused(String options, String text) throws Exception {
    DEC dec = new DEC();
    dec.setOptions(weka.core.Utils.splitOptions(options + " -layers 4,2 -pretrain-layer-steps 5 -pretrain-steps 5"));
    Instances data = arff(text);
    Exception e = assertThrows(Exception.class, () -> dec.buildClusterer(data));
    String origin = e.getStackTrace()[0].getClassName();
    assertTrue(origin.equals(DEC.class.getName()) || origin.equals(weka.core.Capabilities.class.getName()),
        "thrown by DEC or Weka's capability test, not inside dec4j: " + origin);
    return e;
  }

  @Test
  void aStringAttributeGetsWekasCapabilityMessage() throws Exception {
    Exception e = refused("-N 2", "@relation s\n@attribute a numeric\n@attribute s string\n@data\n1,x\n2,y\n3,z\n");
    assertEquals("weka.clusterers.DEC: Cannot handle string attributes!", e.getMessage());
  }

  @Test
  void anAttributeWithoutValuesIsNamed() throws Exception {
    Exception e = refused("-N 2", "@relation m\n@attribute a numeric\n@attribute b numeric\n@data\n1,?\n2,?\n3,?\n");
    assertTrue(e instanceof WekaException, e.toString());
    assertEquals("DEC: attribute 'b' has no values (all missing); remove it, e.g. with"
        + " weka.filters.unsupervised.attribute.RemoveUseless", e.getMessage());
  }

  @Test
  void moreClustersThanInstancesOrASingleRowAreRefusedByTheOption() throws Exception {
    String three = "@relation t\n@attribute a numeric\n@attribute b numeric\n@data\n1,2\n3,4\n5,6\n";
    assertEquals("DEC: numClusters (-N) is 5 but the data have only 3 instances",
        refused("-N 5", three).getMessage());
    assertEquals("DEC: numClusters (-N) is 2 but the data have only 1 instance",
        refused("-N 2", "@relation o\n@attribute a numeric\n@data\n1\n").getMessage());
    assertEquals("DEC: numClusters (-N) must be at least 2, or -1 to choose it (got 0)",
        refused("-N 0", three).getMessage());
  }
}
