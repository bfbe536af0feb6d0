package org.dec4j.cli;

import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.cli.data.InputSchema;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A model file as the command line writes it: the engine's model archive plus the entry {@value #SCHEMA_ENTRY}
 * saying how the file's columns became features, so that {@code predict} reads new files the same way.
 *
 * @param model the model
 * @param schema how input files map to features, or null for a model saved by another front-end
 */
public record ModelFile(ClusterModel model, InputSchema schema) {
  /** Archive entry holding the input schema. */
  public static final String SCHEMA_ENTRY = "cli-input-schema.json";

  /**
   * @param file destination
   * @throws IOException on write errors
   */
  public void save(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.writeTo(bytes);
    ModelArchive archive = ModelArchive.read(new ByteArrayInputStream(bytes.toByteArray()));
    archive.with(SCHEMA_ENTRY, schema.toJson().getBytes(StandardCharsets.UTF_8));
    try (OutputStream out = Files.newOutputStream(file)) {
      archive.write(out);
    }
  }

  /**
   * @param file a model file
   * @return the model and its schema
   * @throws IOException if missing, damaged or not a model
   */
  public static ModelFile load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such model file");
    }
    ModelArchive archive;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      archive = ModelArchive.read(in);
    }
    ClusterModel model = Engines.read(archive);
    InputSchema schema = null;
    if (archive.entryNames().contains(SCHEMA_ENTRY)) {
      try {
        schema = InputSchema.fromJson(new String(archive.entry(SCHEMA_ENTRY), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("damaged model file " + file + ": " + e.getMessage(), e);
      }
    }
    return new ModelFile(model, schema);
  }
}
