package org.dec4j.api.model;

import java.io.IOException;

/** A model file that is not a dec4j model, is damaged, or was written by an incompatible version. */
public class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong with the file */
  public ModelFormatException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong with the file
   * @param cause the underlying error
   */
  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
