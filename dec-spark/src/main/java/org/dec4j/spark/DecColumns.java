package org.dec4j.spark;

import org.apache.spark.ml.param.Params;

/**
 * MLlib's column params, shared by {@link DecClustering} and {@link DecClusteringModel}: the vector column read
 * ({@value #FEATURES}) and the two columns the model's transform adds ({@value #PREDICTION}, the cluster 0..k-1,
 * and {@value #PROBABILITY}, the soft assignments).
 *
 * @param <S> the stage
 */
public interface DecColumns<S extends Params> {
  /** The vector column's param. */
  String FEATURES = "featuresCol";
  /** The cluster column's param. */
  String PREDICTION = "predictionCol";
  /** The soft assignments' param. */
  String PROBABILITY = "probabilityCol";

  /**
   * @param col the vector column to cluster
   * @return this stage
   */
  default S setFeaturesCol(String col) {
    return setColumn(FEATURES, col);
  }

  /**
   * @param col the column the model's transform adds for the cluster
   * @return this stage
   */
  default S setPredictionCol(String col) {
    return setColumn(PREDICTION, col);
  }

  /**
   * @param col the column the model's transform adds for the soft assignments
   * @return this stage
   */
  default S setProbabilityCol(String col) {
    return setColumn(PROBABILITY, col);
  }

  @SuppressWarnings("unchecked")
  private S setColumn(String param, String col) {
    Params stage = (Params) this;
    stage.set(stage.getParam(param), col);
    return (S) stage;
  }
}
