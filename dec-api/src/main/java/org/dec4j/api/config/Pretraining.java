package org.dec4j.api.config;

/** How the autoencoder is pretrained before clustering. */
public enum Pretraining {
  /**
   * {@link #LAYERWISE} for data sets of at most {@value #AUTO_LAYERWISE_MAX_ROWS} rows, {@link #END_TO_END} without
   * corruption for larger ones, with the same total number of steps (layers x pretrain-layer-steps +
   * pretrain-steps). Measured here: layer-wise pretraining gave the better clusters on the 1,797 digits, end to
   * end on 10,000 MNIST images (see the README).
   */
  AUTO,
  /**
   * Greedy layer-wise denoising pretraining, then end-to-end fine-tuning without noise: the DEC paper's recipe
   * (Xie et al. 2016, section 3.2).
   */
  LAYERWISE,
  /** The whole autoencoder trained at once on (optionally corrupted) input. */
  END_TO_END;

  /** Largest data set for which {@link #AUTO} pretrains layer by layer. */
  public static final int AUTO_LAYERWISE_MAX_ROWS = 5000;

  /**
   * @param rows training rows
   * @return the concrete recipe for that many rows
   */
  public Pretraining resolve(int rows) {
    if (this != AUTO) {
      return this;
    }
    return rows <= AUTO_LAYERWISE_MAX_ROWS ? LAYERWISE : END_TO_END;
  }
}
