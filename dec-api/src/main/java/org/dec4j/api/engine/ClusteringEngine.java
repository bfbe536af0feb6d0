package org.dec4j.api.engine;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

/** A deep clustering algorithm: fits a model to a dense matrix, and reads the models it wrote. */
public interface ClusteringEngine {
  /** @return the short name users select it by ("dec", ...) */
  String name();

  /** @return one sentence saying what it does, with its reference */
  String description();

  /**
   * Fits a model with K clusters.
   *
   * @param data n x d rows, unscaled, every value finite
   * @param k number of clusters, from 2 to n
   * @param config the configuration
   * @param listener receives progress
   * @param cancel checked between batches
   * @return the model and its assignments of the training rows
   * @throws IllegalArgumentException if the data do not fit K or the configuration ({@link #checkK})
   * @throws org.dec4j.api.progress.TrainingCancelledException if cancelled or interrupted
   */
  FitResult fit(FloatMatrix data, int k, DecConfig config, TrainingListener listener, CancellationToken cancel);

  /**
   * Fits a model without progress reports or cancellation.
   *
   * @param data rows
   * @param k number of clusters
   * @param config configuration
   * @return the result
   */
  default FitResult fit(FloatMatrix data, int k, DecConfig config) {
    return fit(data, k, config, TrainingListener.NONE, CancellationToken.create());
  }

  /**
   * Fits one model for each number of clusters, sharing the work that does not depend on K (for DEC: scaling and
   * the pretrained autoencoder, so a sweep over K costs one pretraining and one refinement per K). Each result is
   * what {@link #fit} would give for that K with the same configuration. The default fits each K from scratch.
   *
   * @param data rows
   * @param ks numbers of clusters, each from 2 to n
   * @param config configuration
   * @param listener progress
   * @param cancel cancellation
   * @return one result per K, in the order of {@code ks}
   */
  default java.util.List<FitResult> fitEachK(FloatMatrix data, int[] ks, DecConfig config,
      TrainingListener listener, CancellationToken cancel) {
    java.util.List<FitResult> out = new java.util.ArrayList<>();
    for (int k : ks) {
      out.add(fit(data, k, config, listener, cancel));
    }
    return out;
  }

  /**
   * The one check of K against the data, for every engine and front-end.
   *
   * @param k number of clusters
   * @param rows number of rows
   * @throws IllegalArgumentException if K is below 2 or above the number of rows
   */
  static void checkK(int k, int rows) {
    if (k < 2) {
      throw new IllegalArgumentException("k must be at least 2 (got " + k + ")");
    }
    if (k > rows) {
      throw new IllegalArgumentException("k (" + k + ") is larger than the number of rows (" + rows + ")");
    }
  }

  /**
   * Restores a model this engine wrote.
   *
   * @param archive the archive, whose {@link ModelArchive#engine()} is this engine's name
   * @return the model
   * @throws ModelFormatException if the archive is damaged or of an unsupported version
   */
  ClusterModel read(ModelArchive archive) throws ModelFormatException;
}
