package org.dec4j.weka;

import org.dec4j.api.pipeline.PreparedModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * A trained model with its data preparation in a form Java serialization can carry (Weka saves models that way):
 * the bytes of its dec4j model file, read back into a {@link PreparedModel} when first used after deserialisation.
 * Reading happens with this class's loader as the thread's context class loader, so ND4J finds its backend inside
 * Weka's package class loader.
 */
public final class SerializedModel implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] archive;
  private transient PreparedModel model;

  /**
   * @param model trained model
   * @throws IOException if it cannot be written
   */
  public SerializedModel(PreparedModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.writeTo(out);
    this.archive = out.toByteArray();
    this.model = model;
  }

  /** @return the model */
  public synchronized PreparedModel get() {
    if (model == null) {
      Thread t = Thread.currentThread();
      ClassLoader before = t.getContextClassLoader();
      t.setContextClassLoader(SerializedModel.class.getClassLoader());
      try {
        model = PreparedModel.read(new ByteArrayInputStream(archive));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot restore the dec4j model: " + e.getMessage(), e);
      } finally {
        t.setContextClassLoader(before);
      }
    }
    return model;
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    get();
  }
}
