package org.dec4j.engine.core;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.parallel.RowMap;
import org.dec4j.api.parallel.Shared;
import org.dec4j.engine.nn.Embeddings;

/** A partition's rows to their latent vectors under the shared encoder (for k-means on the workers). */
final class EncodeMap implements RowMap {
  private static final long serialVersionUID = 1L;
  private final Shared<FitContext> context;
  private final Shared<float[]> params;

  EncodeMap(Shared<FitContext> context, Shared<float[]> params) {
    this.context = context;
    this.params = params;
  }

  @Override
  public FloatMatrix apply(FloatMatrix rows) {
    FitContext c = context.value();
    return c.onWorker(() -> {
      int n = rows.rows();
      var encoder = c.autoencoder(rows.cols(), params.value()).encoder();
      double[] z = Embeddings.embed(encoder, c.scale(rows), n);
      return FloatMatrix.adopt(n, encoder.outputSize(), Embeddings.toFloat(z));
    });
  }
}
