package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

import java.util.ArrayList;
import java.util.List;

/** An algorithm of the family: fits a {@link DecModel} to rows. */
public interface ClusteringTrainer {
  /**
   * @param engineName name recorded in the model
   * @param data rows, unscaled
   * @param config configuration
   * @param listener progress
   * @param cancel cancellation
   * @return the model and the training rows' assignments
   */
  FitResult fit(String engineName, FloatMatrix data, DecConfig config, TrainingListener listener,
      CancellationToken cancel);

  /**
   * One model per K; the default fits each from scratch.
   *
   * @param engineName name recorded in the models
   * @param data rows, unscaled
   * @param config configuration (its K is replaced)
   * @param ks numbers of clusters
   * @param listener progress
   * @param cancel cancellation
   * @return one result per K
   */
  default List<FitResult> fitEachK(String engineName, FloatMatrix data, DecConfig config, int[] ks,
      TrainingListener listener, CancellationToken cancel) {
    List<FitResult> out = new ArrayList<>();
    for (int k : ks) {
      out.add(fit(engineName, data, config.toBuilder().k(k).build(), listener, cancel));
    }
    return out;
  }
}
