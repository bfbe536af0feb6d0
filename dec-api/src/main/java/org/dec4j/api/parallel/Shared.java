package org.dec4j.api.parallel;

import java.io.Serializable;

/**
 * A value sent once to every worker (Spark's broadcast), which tasks hold instead of the value itself.
 *
 * @param <T> the value's type
 */
public interface Shared<T extends Serializable> extends Serializable {
  /** @return the value (on a worker: its local copy) */
  T value();

  /** Frees the workers' copies once no task needs them (called on the driver). */
  void release();
}
