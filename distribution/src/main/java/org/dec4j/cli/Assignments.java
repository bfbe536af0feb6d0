package org.dec4j.cli;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.SafeFiles;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes hard assignments and their confidence as CSV, {@code row,cluster,confidence}, atomically ({@link SafeFiles}):
 * an interrupted write leaves the previous file.
 */
public final class Assignments {
  private Assignments() {
  }

  /**
   * @param file destination
   * @param labels cluster of each row
   * @param soft soft assignments (confidence = the row's largest value)
   * @throws IOException on write errors
   */
  public static void write(Path file, int[] labels, FloatMatrix soft) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SafeFiles.write(file, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write("row,cluster,confidence\n");
      for (int i = 0; i < labels.length; i++) {
        float max = 0;
        for (int j = 0; j < soft.cols(); j++) {
          max = Math.max(max, soft.get(i, j));
        }
        w.write(String.format(Locale.ROOT, "%d,%d,%.6f%n", i, labels[i], max));
      }
      w.flush();
    });
  }
}
