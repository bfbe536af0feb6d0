package org.dec4j.cli.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that cannot be read: its message is one line naming the file, the line where known, and what was
 * expected there, e.g. {@code data.arff line 8: expected a number for attribute 'b' (column 2), found 'x'}.
 */
public class DataFileException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file
   * @param line its line (from 1), or 0 when not known
   * @param what what is wrong there
   */
  public DataFileException(Path file, long line, String what) {
    super(file + (line > 0 ? " line " + line : "") + ": " + what);
  }

  /**
   * @param file the file
   * @param line its line (from 1), or 0 when not known
   * @param what what is wrong there
   * @param cause the loader's own error (shown with --debug)
   */
  public DataFileException(Path file, long line, String what, Throwable cause) {
    this(file, line, what);
    initCause(cause);
  }
}
