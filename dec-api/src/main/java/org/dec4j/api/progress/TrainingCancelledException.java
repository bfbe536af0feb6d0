package org.dec4j.api.progress;

/** Thrown by a fit that was cancelled or whose thread was interrupted. No model is returned. */
public class TrainingCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what stopped the run */
  public TrainingCancelledException(String message) {
    super(message);
  }
}
