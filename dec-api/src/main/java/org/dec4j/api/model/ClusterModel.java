package org.dec4j.api.model;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A trained deep clustering model: it maps rows to the latent space and assigns them to K clusters. The model is
 * immutable and safe to use from several threads. Input rows are given unscaled, with the columns of the
 * training data in the same order: the model applies the scaling it learnt.
 */
public interface ClusterModel {
  /** @return the name of the engine that trained the model (as in {@link org.dec4j.api.engine.Engines}) */
  String engineName();

  /** @return the configuration it was trained with */
  DecConfig config();

  /** @return number of clusters K */
  int k();

  /** @return number of input columns */
  int inputDimension();

  /** @return size of the latent space */
  int latentDimension();

  /** @return names of the input columns seen in training, in order */
  List<String> inputColumns();

  /**
   * Soft assignments of new rows.
   *
   * @param x n x {@link #inputDimension()} rows, unscaled
   * @return n x K, each row sums to 1
   * @throws IllegalArgumentException if the shape is wrong or a value is not finite
   */
  FloatMatrix softAssignments(FloatMatrix x);

  /**
   * Latent embedding of new rows.
   *
   * @param x n x {@link #inputDimension()} rows, unscaled
   * @return n x {@link #latentDimension()}
   */
  FloatMatrix embed(FloatMatrix x);

  /**
   * Hard assignments of new rows: the cluster of largest soft assignment.
   *
   * @param x n x {@link #inputDimension()} rows, unscaled
   * @return cluster of each row, 0..K-1
   */
  default int[] assign(FloatMatrix x) {
    return argmaxRows(softAssignments(x));
  }

  /** @return K x {@link #latentDimension()} cluster centres in the latent space */
  FloatMatrix centroids();

  /** @return what the fit did */
  TrainingSummary summary();

  /** @return where the model comes from: library versions, data shape, creation time (read-only) */
  Map<String, String> provenance();

  /**
   * @return the model as one self-describing archive, readable by {@link org.dec4j.api.engine.Engines#read}; a
   *     new archive each call, to which a front-end may add entries of its own
   */
  ModelArchive toArchive();

  /**
   * Writes the model as one self-describing archive, readable by
   * {@link org.dec4j.api.engine.Engines#read(java.io.InputStream)}.
   *
   * @param out destination (not closed)
   * @throws IOException on write errors
   */
  default void writeTo(OutputStream out) throws IOException {
    toArchive().write(out);
  }

  /**
   * Saves the model to a file, atomically: a reader never sees a half-written file and a failed save leaves the
   * previous file of that name as it was.
   *
   * @param file destination, replaced if it exists
   * @throws IOException on write errors
   */
  default void save(Path file) throws IOException {
    SafeFiles.write(file, this::writeTo);
  }

  /**
   * Index of the largest value of each row.
   *
   * @param m matrix
   * @return argmax per row (the first of equal values)
   */
  static int[] argmaxRows(FloatMatrix m) {
    int[] a = new int[m.rows()];
    for (int i = 0; i < m.rows(); i++) {
      int best = 0;
      for (int j = 1; j < m.cols(); j++) {
        if (m.get(i, j) > m.get(i, best)) {
          best = j;
        }
      }
      a[i] = best;
    }
    return a;
  }
}
