package org.dec4j.api.pipeline;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.data.Preparation;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.data.Table;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.model.SafeFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A trained model together with the data preparation it was trained behind, as the command line and Weka save and
 * load it, so that a model trained by the command line predicts in Weka and the other way round. Its file is the
 * engine's {@link ModelArchive} with the preparation in the entry {@value #PREPARATION_ENTRY}.
 *
 * @param preparation how tables become the model's features
 * @param model the engine's model
 */
public record PreparedModel(Preparation preparation, ClusterModel model) {
  /** Archive entry holding the preparation. */
  public static final String PREPARATION_ENTRY = "dec4j-preparation.json";
  /** Where the command line of format version 1 kept the same, under another name. */
  static final String LEGACY_ENTRY = "cli-input-schema.json";

  /** @return the archive: the model's entries and the preparation */
  public ModelArchive toArchive() {
    return model.toArchive().with(PREPARATION_ENTRY, preparation.toJson().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param out destination (not closed)
   * @throws IOException on write errors
   */
  public void writeTo(OutputStream out) throws IOException {
    toArchive().write(out);
  }

  /**
   * Saves atomically ({@link SafeFiles}).
   *
   * @param file destination
   * @throws IOException on write errors
   */
  public void save(Path file) throws IOException {
    SafeFiles.write(file, this::writeTo);
  }

  /**
   * @param table data with the training columns
   * @return the features and class labels
   */
  public PreparedData prepare(Table table) {
    return preparation.apply(table);
  }

  /**
   * @param table data with the training columns
   * @return soft assignments, rows x K
   */
  public FloatMatrix softAssignments(Table table) {
    return model.softAssignments(prepare(table).features());
  }

  /**
   * Reads a model file written by any front-end of this or an earlier release. A model saved without a
   * preparation reads its columns as plain numbers by the names it was trained on.
   *
   * @param archive the archive
   * @return the model
   * @throws ModelFormatException if damaged or of an unknown engine or version
   */
  public static PreparedModel read(ModelArchive archive) throws ModelFormatException {
    ClusterModel model = Engines.read(archive);
    String entry = archive.entryNames().contains(PREPARATION_ENTRY) ? PREPARATION_ENTRY
        : archive.entryNames().contains(LEGACY_ENTRY) ? LEGACY_ENTRY : null;
    if (entry == null) {
      return new PreparedModel(Preparation.numeric(model.inputColumns(), Preparation.CLASS), model);
    }
    try {
      return new PreparedModel(Preparation.fromJson(new String(archive.entry(entry), StandardCharsets.UTF_8)),
          model);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("damaged dec4j model: " + e.getMessage(), e);
    }
  }

  /**
   * @param in source (read to its end, not closed)
   * @return the model
   * @throws IOException if unreadable or not a model
   */
  public static PreparedModel read(InputStream in) throws IOException {
    return read(ModelArchive.read(in));
  }

  /**
   * @param file a model file
   * @return the model
   * @throws IOException if missing, damaged or not a model
   */
  public static PreparedModel load(Path file) throws IOException {
    return read(ModelArchive.load(file));
  }
}
