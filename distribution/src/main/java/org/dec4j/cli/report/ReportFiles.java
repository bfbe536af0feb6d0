package org.dec4j.cli.report;

import org.dec4j.api.model.SafeFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes report files atomically ({@link SafeFiles}): a report interrupted while it is written, by an error or by
 * Ctrl-C, leaves the previous version of each file, never half of one.
 */
public final class ReportFiles {
  private ReportFiles() {
  }

  /**
   * @param file destination, replaced
   * @param text its content (UTF-8)
   * @throws IOException on write errors
   */
  public static void text(Path file, String text) throws IOException {
    SafeFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * @param file destination PNG, replaced
   * @param chart the chart
   * @throws IOException on write errors
   */
  public static void png(Path file, Chart<?, ?> chart) throws IOException {
    SafeFiles.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
  }
}
