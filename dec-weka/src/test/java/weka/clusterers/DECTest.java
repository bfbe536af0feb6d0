package weka.clusterers;

import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Weka's own contract tests for clusterers (options, GOE, capabilities, missing values, zero training data, data
 * integrity, serialVersionUID, regression reference in src/test/resources/wekarefs) on a tiny, deterministic DEC.
 */
public class DECTest extends AbstractClustererTest {
  /** @param name test name */
  public DECTest(String name) {
    super(name);
  }

  @Override
  public Clusterer getClusterer() {
    return tiny();
  }

  /** @return a DEC that trains in well under a second */
  static DEC tiny() {
    DEC c = new DEC();
    c.setLayers("8,2");
    c.setPretrainLayerSteps("5");
    c.setPretrainSteps("10");
    c.setMaxIter(10);
    c.setUpdateInterval(5);
    c.setKmeansRestarts(2);
    c.setDeterministic(true);
    return c;
  }

  /** @return the suite */
  public static Test suite() {
    return new TestSuite(DECTest.class);
  }
}
