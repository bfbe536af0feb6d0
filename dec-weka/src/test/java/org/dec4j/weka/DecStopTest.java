package org.dec4j.weka;

import org.dec4j.api.progress.TrainingCancelledException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weka.clusterers.DEC;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Weka's Explorer stops a run with {@code interrupt()} and then {@code Thread.stop()}, which throws on Java 20 and
 * later; so the interrupt alone must end DEC's training within a second, in every phase, and leave no thread behind.
 * The data are as wide as MNIST and the network the default one, so that each step costs what it costs for a user.
 */
class DecStopTest {
  /** How soon after the interrupt the training thread must have ended. */
  private static final long STOP_MILLIS = 1000;
  /** How long a run may take to reach the phase that is interrupted. */
  private static final long REACH_MILLIS = 120_000;

  @BeforeAll
  static void startNd4j() throws Exception {
    WekaFixtures.small().buildClusterer(WekaFixtures.iris());
  }

  /** @return rows of 784 columns in 0..1, a blob per row modulo 10 (pixel-like, MNIST's width) */
  private static Instances wide(int rows) {
    int d = 784;
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < d; a++) {
      atts.add(new Attribute("p" + a));
    }
    Instances data = new Instances("wide", atts, rows);
    SplittableRandom rng = new SplittableRandom(11);
    for (int i = 0; i < rows; i++) {
      double[] v = new double[d];
      for (int a = 0; a < d; a++) {
        v[a] = Math.min(1, Math.max(0, (a % 10 == i % 10 ? 0.7 : 0.1) + 0.2 * rng.nextGaussian()));
      }
      data.add(new DenseInstance(1, v));
    }
    return data;
  }

  private static DEC dec(String pretrainSteps, int maxIter) throws Exception {
    DEC c = new DEC();
    c.setNumClusters(10);
    c.setPretrainLayerSteps(pretrainSteps);
    c.setPretrainSteps(pretrainSteps);
    c.setMaxIter(maxIter);
    return c;
  }

  @Test
  void anInterruptEndsPretrainingWithinASecond() throws Exception {
    interruptInside("org.dec4j.engine.autoencoder.ReconstructionTraining", dec("1000000", 100), wide(3000));
  }

  @Test
  void anInterruptEndsRefinementWithinASecond() throws Exception {
    // 20,000 rows: the target update embeds them all, about 10 chunks of 2,048 (over a second here before the
    // embedding checked the interrupt between chunks)
    interruptInside("org.dec4j.engine.core.Refinement", dec("5", 1_000_000), wide(20_000));
  }

  /** Starts a training thread, interrupts it once its stack is inside the class named, and checks how it ended. */
  private static void interruptInside(String phaseClass, DEC dec, Instances data) throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean flagKept = new AtomicBoolean();
    Thread run = new Thread(() -> {
      try {
        dec.buildClusterer(data);
      } catch (Throwable t) {
        thrown.set(t);
        flagKept.set(Thread.currentThread().isInterrupted());
      }
    }, "dec-stop-test");
    run.start();
    long reachBy = System.nanoTime() + REACH_MILLIS * 1_000_000;
    while (!inside(run, phaseClass)) {
      assertTrue(run.isAlive(), "the run ended before reaching " + phaseClass + ": " + thrown.get());
      assertTrue(System.nanoTime() < reachBy, "the run did not reach " + phaseClass);
      Thread.sleep(10);
    }
    long interruptedAt = System.nanoTime();
    run.interrupt();
    run.join(STOP_MILLIS);
    long millis = (System.nanoTime() - interruptedAt) / 1_000_000;
    assertFalse(run.isAlive(), "still training " + millis + " ms after the interrupt, at\n" + stack(run));
    assertTrue(thrown.get() instanceof TrainingCancelledException, "ended by " + thrown.get());
    assertTrue(thrown.get().getMessage().contains("interrupted"), thrown.get().getMessage());
    assertTrue(flagKept.get(), "the interrupt flag is kept (Weka's ClustererPanel then logs the run as interrupted)");
    assertEquals("DEC: no model built yet.", dec.toString());
    assertEquals(List.of(), leftBehind(before), "threads left behind");
  }

  private static boolean inside(Thread t, String className) {
    return Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().equals(className));
  }

  private static String stack(Thread t) {
    StringBuilder s = new StringBuilder();
    for (StackTraceElement f : t.getStackTrace()) {
      s.append("  ").append(f).append('\n');
    }
    return s.toString();
  }

  /** @return threads started since the snapshot that are non-daemon, or still run dec4j code */
  private static List<String> leftBehind(Set<Thread> before) {
    List<String> left = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      Thread t = e.getKey();
      boolean ours = Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.dec4j."));
      if (!before.contains(t) && t.isAlive() && (!t.isDaemon() || ours)) {
        left.add(t.getName() + (t.isDaemon() ? " (daemon, in dec4j code)" : " (non-daemon)"));
      }
    }
    return left;
  }
}
