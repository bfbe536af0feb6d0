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
   * Fits a model.
   *
   * @param data n x d rows, unscaled, every value finite
   * @param config the configuration
   * @param listener receives progress
   * @param cancel checked between batches
   * @return the model and its assignments of the training rows
   * @throws IllegalArgumentException if the data do not fit the configuration (e.g. K larger than n)
   * @throws org.dec4j.api.progress.TrainingCancelledException if cancelled or interrupted
   */
  FitResult fit(FloatMatrix data, DecConfig config, TrainingListener listener, CancellationToken cancel);

  /**
   * Fits a model without progress reports or cancellation.
   *
   * @param data rows
   * @param config configuration
   * @return the result
   */
  default FitResult fit(FloatMatrix data, DecConfig config) {
    return fit(data, config, TrainingListener.NONE, CancellationToken.create());
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
