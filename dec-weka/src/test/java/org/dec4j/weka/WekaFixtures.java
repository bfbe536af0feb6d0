package org.dec4j.weka;

import weka.clusterers.DEC;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;

/** Data and a small DEC shared by the Weka front-end's tests. */
final class WekaFixtures {
  /** Options of a DEC that clusters iris in a few seconds. */
  static final String SMALL = "-N 3 -layers 32,16,3 -pretrain-layer-steps 40 -pretrain-steps 150 -max-iter 150"
      + " -update-interval 20 -kmeans-restarts 3 -batch-size 64 -S 3";

  private WekaFixtures() {
  }

  /** @return iris with its class attribute (the last) set */
  static Instances irisWithClass() throws Exception {
    Instances data = new DataSource(WekaFixtures.class.getResourceAsStream("/iris.arff")).getDataSet();
    data.setClassIndex(data.numAttributes() - 1);
    return data;
  }

  /** @return iris without its class attribute */
  static Instances iris() throws Exception {
    Instances data = irisWithClass();
    data.setClassIndex(-1);
    Remove r = new Remove();
    r.setAttributeIndices("last");
    r.setInputFormat(data);
    return Filter.useFilter(data, r);
  }

  /** @return a DEC with the {@link #SMALL} options */
  static DEC small() throws Exception {
    DEC c = new DEC();
    c.setOptions(Utils.splitOptions(SMALL));
    return c;
  }
}
