package org.dec4j.weka;

import org.dec4j.api.data.FloatMatrix;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NominalToBinary;
import weka.filters.unsupervised.attribute.ReplaceMissingValues;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Weka instances into the dense matrix the engine takes, with Weka's own filters fitted once on the
 * training data and kept for prediction: missing values replaced by the training means and modes
 * ({@link ReplaceMissingValues}), nominal attributes turned into 0/1 indicator columns ({@link NominalToBinary}).
 * Scaling is the engine's (configured, fitted and stored in the model), so Weka, ELKI and the command line scale
 * alike.
 */
public final class WekaInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ReplaceMissingValues missing;
  private final NominalToBinary nominal;
  private final List<String> columns;

  private WekaInput(ReplaceMissingValues missing, NominalToBinary nominal, List<String> columns) {
    this.missing = missing;
    this.nominal = nominal;
    this.columns = columns;
  }

  /**
   * Fits the filters on training data (which is not changed).
   *
   * @param train training instances without a class attribute
   * @return the fitted preparation
   * @throws Exception if a filter fails
   */
  public static WekaInput fit(Instances train) throws Exception {
    ReplaceMissingValues missing = new ReplaceMissingValues();
    missing.setInputFormat(train);
    Instances m = Filter.useFilter(train, missing);
    NominalToBinary nominal = new NominalToBinary();
    nominal.setInputFormat(m);
    Instances b = Filter.useFilter(m, nominal);
    List<String> columns = new ArrayList<>();
    for (int a = 0; a < b.numAttributes(); a++) {
      columns.add(b.attribute(a).name());
    }
    return new WekaInput(missing, nominal, columns);
  }

  /** @return names of the prepared columns */
  public List<String> columns() {
    return columns;
  }

  /**
   * @param data instances with the training header
   * @return prepared rows
   * @throws Exception if a filter fails
   */
  public FloatMatrix matrix(Instances data) throws Exception {
    Instances b = Filter.useFilter(Filter.useFilter(data, missing), nominal);
    int n = b.numInstances();
    int d = b.numAttributes();
    float[] x = new float[n * d];
    for (int i = 0; i < n; i++) {
      Instance row = b.instance(i);
      for (int j = 0; j < d; j++) {
        x[i * d + j] = (float) row.value(j);
      }
    }
    return FloatMatrix.of(n, d, x, columns);
  }

  /**
   * @param instance one instance with the training header
   * @return one prepared row
   * @throws Exception if a filter fails
   */
  public synchronized FloatMatrix row(Instance instance) throws Exception {
    missing.input(instance);
    missing.batchFinished();
    nominal.input(missing.output());
    nominal.batchFinished();
    Instance out = nominal.output();
    float[] x = new float[out.numAttributes()];
    for (int j = 0; j < x.length; j++) {
      x[j] = (float) out.value(j);
    }
    return FloatMatrix.of(1, x.length, x, columns);
  }
}
