package org.dec4j.api.progress;

import java.util.Arrays;

/**
 * A progress report of a running phase.
 *
 * @param phase the phase reporting
 * @param step steps (optimizer batches, or k-means restarts) done so far in this phase
 * @param totalSteps the most steps this phase will take
 * @param loss the phase's current loss (mean reconstruction error, KL divergence, k-means inertia), or NaN
 * @param changedShare share of hard labels changed since the previous check, or NaN where not measured
 * @param clusterSizes current cluster sizes, or an empty array where not measured
 * @param entropy entropy of the mean soft assignment divided by log K (1 = all clusters equally used,
 *     0 = one cluster takes everything), or NaN
 * @param samplesPerSecond training throughput over the last report interval, or NaN
 */
public record TrainingEvent(Phase phase, long step, long totalSteps, double loss, double changedShare,
    int[] clusterSizes, double entropy, double samplesPerSecond) {

  /** Copies the sizes so that the event stays as it was made. */
  public TrainingEvent {
    clusterSizes = clusterSizes == null ? new int[0] : clusterSizes.clone();
  }

  /**
   * A report with only a loss.
   *
   * @param phase phase
   * @param step step
   * @param totalSteps most steps
   * @param loss loss
   * @param samplesPerSecond throughput, or NaN
   * @return the event
   */
  public static TrainingEvent of(Phase phase, long step, long totalSteps, double loss, double samplesPerSecond) {
    return new TrainingEvent(phase, step, totalSteps, loss, Double.NaN, null, Double.NaN, samplesPerSecond);
  }

  @Override
  public int[] clusterSizes() {
    return clusterSizes.clone();
  }

  @Override
  public String toString() {
    return phase + " " + step + "/" + totalSteps + " loss=" + loss + " changed=" + changedShare + " sizes="
        + Arrays.toString(clusterSizes) + " entropy=" + entropy + " samples/s=" + samplesPerSecond;
  }
}
