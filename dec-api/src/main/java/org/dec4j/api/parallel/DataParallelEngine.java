package org.dec4j.api.parallel;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;

/**
 * An engine that can also train on partitioned rows, by parameter averaging: every round each partition runs
 * {@code localSteps} optimizer steps on its own rows from the shared parameters and optimizer state, and the
 * next round starts from the average of all partitions' (weighted by their rows), as DL4J's Spark training
 * master does. An engine of the family implements this interface; {@link #dataParallel} says whether it can.
 */
public interface DataParallelEngine {
  /** @return whether {@link #fit(PartitionedRows, int, DecConfig, int, TrainingListener, CancellationToken)} works */
  boolean dataParallel();

  /**
   * Fits a model with K clusters where the rows are.
   *
   * @param rows the rows, spread over partitions
   * @param k clusters, from 2 to the number of rows
   * @param config the configuration
   * @param localSteps optimizer steps each partition runs between two averagings, at least 1
   * @param listener progress
   * @param cancel checked between rounds
   * @return the model
   * @throws UnsupportedOperationException if {@link #dataParallel} is false
   * @throws IllegalArgumentException if the rows do not fit K or the configuration
   */
  ClusterModel fit(PartitionedRows rows, int k, DecConfig config, int localSteps, TrainingListener listener,
      CancellationToken cancel);
}
