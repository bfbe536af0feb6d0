package org.dec4j.api.model;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Writes files atomically: into a temporary file in the destination's folder, then moved over the destination, so
 * that an interrupted or failed write never leaves a half-written file and never destroys the previous one.
 */
public final class SafeFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SafeFiles() {
  }

  /** Writes bytes to a stream. */
  @FunctionalInterface
  public interface Writer {
    /**
     * @param out destination (closed by the caller)
     * @throws IOException on write errors
     */
    void write(OutputStream out) throws IOException;
  }

  /**
   * @param file destination, replaced if it exists
   * @param writer what to write
   * @throws IOException on write errors (the destination is then unchanged)
   */
  public static void write(Path file, Writer writer) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = temporary(dir, target.getFileName().toString());
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        writer.write(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Creates the temporary file as any new file is created (so that the umask sets its permissions, and the file
   * moved into place is as readable as one written in place would be; {@code Files.createTempFile} would make it
   * the owner's only).
   */
  private static Path temporary(Path dir, String name) throws IOException {
    for (int attempt = 0;; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }
}
