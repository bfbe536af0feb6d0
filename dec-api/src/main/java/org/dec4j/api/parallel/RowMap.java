package org.dec4j.api.parallel;

import org.dec4j.api.data.FloatMatrix;

import java.io.Serializable;

/** Maps a block of rows to a block of as many new rows (an encoder's latent vectors), on the workers. */
public interface RowMap extends Serializable {
  /**
   * @param rows rows of one partition
   * @return one output row per input row
   */
  FloatMatrix apply(FloatMatrix rows);
}
