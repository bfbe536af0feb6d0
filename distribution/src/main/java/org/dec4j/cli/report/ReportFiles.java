package org.dec4j.cli.report;

import org.dec4j.api.model.SafeFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes report files atomically ({@link SafeFiles}): a report interrupted while it is written, by an error or by
 * Ctrl-C, leaves the previous version of each file, never half of one. A report is for reading, so where the file
 * system has POSIX permissions it is made readable by all (the temporary file it was written to is the owner's only).
 */
public final class ReportFiles {
  private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

  private ReportFiles() {
  }

  /**
   * @param file destination, replaced
   * @param text its content (UTF-8)
   * @throws IOException on write errors
   */
  public static void text(Path file, String text) throws IOException {
    SafeFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    readable(file);
  }

  /**
   * @param file destination PNG, replaced
   * @param chart the chart
   * @throws IOException on write errors
   */
  public static void png(Path file, Chart<?, ?> chart) throws IOException {
    SafeFiles.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    readable(file);
  }

  private static void readable(Path file) {
    try {
      Files.setPosixFilePermissions(file, READABLE);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // the file is written; it keeps the permissions it was created with
    }
  }
}
