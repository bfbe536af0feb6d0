package org.dec4j.spark;

import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.ClusterModel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A dec4j model as Spark broadcasts it: the bytes of its model file, read into a {@link ClusterModel} the first
 * time a task of an executor asks for it. Spark keeps one deserialised copy of a broadcast value per executor, so
 * the model is read once per executor and shared by its tasks (a {@link ClusterModel} is immutable and safe to use
 * from several threads).
 */
final class SharedModel implements Serializable {
  private static final long serialVersionUID = 1L;
  private final byte[] file;
  private transient volatile ClusterModel model;

  /** @param file the model file's bytes ({@link ClusterModel#writeTo}) */
  SharedModel(byte[] file) {
    this.file = file;
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
