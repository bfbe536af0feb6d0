package org.dec4j.elki;

import elki.data.DoubleVector;
import elki.result.textwriter.TextWriterStream;
import elki.result.textwriter.TextWriterWriterInterface;
import elki.utilities.HandlerList;
import elki.utilities.io.FormatUtil;

/**
 * A point of the latent embedding. It is a {@link DoubleVector} to ELKI's visualisers and evaluation; ELKI's
 * {@code ResultWriter} writes it as {@code DEC Latent Embedding=z1 z2 ...}, its numbers separated by spaces as ELKI
 * separates the values of a vector and of the soft assignments. (A plain {@code DoubleVector} under a label is
 * written with its spaces removed, the numbers run together.)
 */
final class LatentVector extends DoubleVector {
  static {
    // ResultWriter's TextWriter lives in the 'elki' bundle, not in elki-clustering that dec-elki builds against
    try {
      Object writers = Class.forName("elki.result.textwriter.TextWriter", true, LatentVector.class.getClassLoader())
          .getField("writers").get(null);
      @SuppressWarnings("unchecked")
      HandlerList<TextWriterWriterInterface<?>> list = (HandlerList<TextWriterWriterInterface<?>>) writers;
      list.insertHandler(LatentVector.class, new Writer());
    } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
      // no ELKI text output on the class path: nothing to write with
    }
  }

  /** @param values the coordinates (copied) */
  LatentVector(double[] values) {
    super(values);
  }

  /** Writes the coordinates as ELKI writes a {@code double[]}. */
  static final class Writer extends TextWriterWriterInterface<LatentVector> {
    @Override
    public void write(TextWriterStream out, String label, LatentVector v) {
      StringBuilder b = new StringBuilder();
      if (label != null) {
        b.append(label).append('=');
      }
      out.inlinePrintNoQuotes(FormatUtil.formatTo(b, v.toArray(), " "));
    }
  }
}
