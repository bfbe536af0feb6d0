package org.dec4j.api.progress;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Where the time of a training step goes, for the benchmark ({@code dec bench --profile}): the engines' loops mark
 * each part of their steps ({@link #start}, {@link #add}) and this adds up the nanoseconds per part while it is
 * switched on, across threads. Off (the default) a mark costs one read of a flag. ND4J's CPU operations return
 * when they are done, so the wall time between two marks is that part's.
 */
public final class StepProfile {
  /** The parts of a step. */
  public enum Part {
    /** Gathering the batch into the input buffer (and copying it to the device there). */
    BATCH,
    /** Dropout noise on the input or the code. */
    NOISE,
    /** Matrix products of the forward pass. */
    FORWARD_GEMM,
    /** Bias additions and activations of the forward pass. */
    FORWARD_BIAS_ACTIVATION,
    /** The loss and its gradient at the output (reconstruction error). */
    LOSS,
    /** Matrix products of the backward pass (weight gradients and the gradients passed down). */
    BACKWARD_GEMM,
    /** Activation derivatives and bias gradients of the backward pass. */
    BACKWARD_BIAS_ACTIVATION,
    /** The optimizer's update of the parameters. */
    OPTIMIZER,
    /** A clustering engine's own math on the batch (DEC: q, the target's rows, dL/dz and dL/dmu). */
    CLUSTERING_MATH
  }

  private static volatile boolean on;
  private static final AtomicLongArray NANOS = new AtomicLongArray(Part.values().length);

  private StepProfile() {
  }

  /** @param enabled whether to add up the marks from now on (the sums are kept until {@link #reset}) */
  public static void enable(boolean enabled) {
    on = enabled;
  }

  /** Clears the sums. */
  public static void reset() {
    for (int i = 0; i < NANOS.length(); i++) {
      NANOS.set(i, 0);
    }
  }

  /** @return a mark: now, or 0 when off */
  public static long start() {
    return on ? System.nanoTime() : 0;
  }

  /**
   * @param part the part that ran since the mark
   * @param mark what {@link #start} returned before it
   * @return a new mark, for the next part
   */
  public static long add(Part part, long mark) {
    if (!on) {
      return 0;
    }
    long now = System.nanoTime();
    NANOS.addAndGet(part.ordinal(), now - mark);
    return now;
  }

  /**
   * Moves time counted under one part to another: a pass run inside a product's blocks, timed there.
   *
   * @param from the part that counted it
   * @param to the part it belongs to
   * @param nanos how much
   */
  public static void move(Part from, Part to, long nanos) {
    if (on && nanos != 0) {
      NANOS.addAndGet(from.ordinal(), -nanos);
      NANOS.addAndGet(to.ordinal(), nanos);
    }
  }

  /** @return seconds per part since the last {@link #reset} */
  public static Map<Part, Double> seconds() {
    Map<Part, Double> out = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      out.put(p, NANOS.get(p.ordinal()) / 1e9);
    }
    return out;
  }
}
