package org.dec4j.spark;

import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A dec4j model as a {@link DecClusteringModel} holds it and Spark broadcasts it: the bytes of its model file, read
 * into a {@link ClusterModel} the first time it is asked for after Java serialisation. Spark keeps one deserialised
 * copy of a broadcast value per executor, so the model is read once per executor and shared by its tasks (a
 * {@link ClusterModel} is immutable and safe to use from several threads).
 */
final class SharedModel implements Serializable {
  private static final long serialVersionUID = 1L;
  private final byte[] file;
  private transient volatile ClusterModel model;

  private SharedModel(byte[] file, ClusterModel model) {
    this.file = file;
    this.model = model;
  }

  /**
   * @param model a model
   * @return it, with the bytes of its model file
   */
  static SharedModel of(ClusterModel model) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try {
      model.writeTo(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SharedModel(b.toByteArray(), model);
  }

  /** @return the model file's bytes (not a copy) */
  byte[] file() {
    return file;
  }

  /** @return the model, read on first use */
  ClusterModel get() {
    ClusterModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          try {
            m = Engines.read(new ByteArrayInputStream(file));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the broadcast dec4j model: " + e.getMessage(), e);
          }
          model = m;
        }
      }
    }
    return m;
  }
}
