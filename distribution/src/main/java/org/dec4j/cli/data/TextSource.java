package org.dec4j.cli.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The text of a data file as the loaders get it: gunzipped when its name ends in {@code .gz}, read as UTF-8 with a
 * byte-order mark at the start left out, so that a BOM never becomes part of the first column's name.
 */
final class TextSource {
  private static final int BOM = 0xFEFF;

  private TextSource() {
  }

  /**
   * @param file a data file
   * @return its text
   * @throws IOException if it cannot be opened, or is named .gz and is not gzip
   */
  static BufferedReader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    if (gzipped(file)) {
      try {
        in = new GZIPInputStream(in);
      } catch (ZipException | EOFException e) {
        in.close();
        throw notGzip(file, e);
      }
    }
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      r.mark(1);
      if (r.read() != BOM) {
        r.reset();
      }
    } catch (ZipException | EOFException e) {
      r.close();
      throw notGzip(file, e);
    }
    return r;
  }

  /** @return whether the file is read through gunzip */
  static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * @param file a .gz file
   * @param e the decompressor's error
   * @return the one-line error for it
   */
  static DataFileException notGzip(Path file, IOException e) {
    return new DataFileException(file, 0, "not a valid gzip file (" + e.getMessage() + ")", e);
  }

  /**
   * @param file a data file
   * @param number a line number (from 1)
   * @return that line's text, or null past the end
   * @throws IOException on read errors
   */
  static String line(Path file, long number) throws IOException {
    try (BufferedReader r = open(file)) {
      String s = null;
      for (long i = 0; i < number; i++) {
        s = r.readLine();
        if (s == null) {
          return null;
        }
      }
      return s;
    }
  }

  /**
   * @param text a value or token from the file
   * @return it quoted for a message: control characters as '?', cut after 40 characters
   */
  static String quote(String text) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < text.length() && i < 40; i++) {
      char c = text.charAt(i);
      b.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
    }
    return b.append(text.length() > 40 ? "...'" : "'").toString();
  }
}
