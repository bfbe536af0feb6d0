package org.dec4j.api.model;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The one-file form of a saved model: a zip archive whose entry {@value #HEADER_ENTRY} is a JSON object naming
 * the format, its version and the engine, followed by the engine's own entries (weights, metadata). Zip's
 * checksums catch damaged files; the header catches files of another kind or version.
 */
public final class ModelArchive {
  /** The value of the header's "format" field. */
  public static final String FORMAT = "dec4j-model";
  /** Name of the header entry, always the first in the archive. */
  public static final String HEADER_ENTRY = "dec4j-model.json";

  private final String engine;
  private final int formatVersion;
  private final String headerJson;
  private final Map<String, byte[]> entries;

  private ModelArchive(String engine, int formatVersion, String headerJson, Map<String, byte[]> entries) {
    this.engine = engine;
    this.formatVersion = formatVersion;
    this.headerJson = headerJson;
    this.entries = entries;
  }

  /**
   * Starts an archive.
   *
   * @param engine engine name
   * @param formatVersion the engine's format version
   * @param headerJson JSON object with the engine's metadata; "format", "formatVersion" and "engine" are added
   * @return archive without further entries
   */
  public static ModelArchive create(String engine, int formatVersion, String headerJson) {
    JsonObject h = JsonParser.parseString(headerJson).getAsJsonObject();
    h.addProperty("format", FORMAT);
    h.addProperty("formatVersion", formatVersion);
    h.addProperty("engine", engine);
    return new ModelArchive(engine, formatVersion, h.toString(), new LinkedHashMap<>());
  }

  /**
   * Adds an entry.
   *
   * @param name entry name (not the header's)
   * @param content bytes (not copied)
   * @return this
   */
  public ModelArchive with(String name, byte[] content) {
    if (HEADER_ENTRY.equals(name)) {
      throw new IllegalArgumentException(name + " is reserved");
    }
    entries.put(name, content);
    return this;
  }

  /** @return name of the engine that wrote the archive */
  public String engine() {
    return engine;
  }

  /** @return format version written by the engine */
  public int formatVersion() {
    return formatVersion;
  }

  /** @return the header as JSON text */
  public String headerJson() {
    return headerJson;
  }

  /** @return names of the entries besides the header (read-only) */
  public java.util.Set<String> entryNames() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  /**
   * @param name entry name
   * @return its bytes
   * @throws ModelFormatException if the archive has no such entry
   */
  public byte[] entry(String name) throws ModelFormatException {
    byte[] b = entries.get(name);
    if (b == null) {
      throw new ModelFormatException("damaged dec4j model: entry '" + name + "' is missing");
    }
    return b;
  }

  /**
   * Writes the archive.
   *
   * @param out destination (not closed)
   * @throws IOException on write errors
   */
  public void write(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    zip.putNextEntry(new ZipEntry(HEADER_ENTRY));
    zip.write(headerJson.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      zip.putNextEntry(new ZipEntry(e.getKey()));
      zip.write(e.getValue());
      zip.closeEntry();
    }
    zip.finish();
  }

  /**
   * Reads a model file's archive.
   *
   * @param file a model file
   * @return the archive
   * @throws IOException if the file is missing, damaged or not a dec4j model
   */
  public static ModelArchive load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such model file");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in);
    }
  }

  /**
   * Reads an archive and checks its header.
   *
   * @param in source (read to its end, not closed)
   * @return the archive
   * @throws ModelFormatException if it is not a dec4j model or is damaged
   * @throws IOException on read errors
   */
  public static ModelArchive read(InputStream in) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    String header = null;
    try {
      ZipInputStream zip = new ZipInputStream(in);
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        zip.transferTo(buf);
        if (HEADER_ENTRY.equals(e.getName())) {
          header = buf.toString(StandardCharsets.UTF_8);
        } else {
          entries.put(e.getName(), buf.toByteArray());
        }
      }
    } catch (ZipException e) {
      throw new ModelFormatException("damaged or not a dec4j model file (" + e.getMessage() + ")", e);
    }
    if (header == null) {
      throw new ModelFormatException("not a dec4j model file: no " + HEADER_ENTRY + " entry found");
    }
    try {
      JsonObject h = JsonParser.parseString(header).getAsJsonObject();
      if (!h.has("format") || !FORMAT.equals(h.get("format").getAsString())) {
        throw new ModelFormatException("not a dec4j model file: format is " + h.get("format"));
      }
      return new ModelArchive(h.get("engine").getAsString(), h.get("formatVersion").getAsInt(), header, entries);
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException e) {
      throw new ModelFormatException("damaged dec4j model: unreadable header (" + e.getMessage() + ")", e);
    }
  }
}
