package org.dec4j.api.config;

/** How the autoencoder is pretrained before clustering. */
public enum Pretraining {
  /**
   * Greedy layer-wise denoising pretraining, then end-to-end fine-tuning without noise: the DEC paper's recipe
   * (Xie et al. 2016, section 3.2).
   */
  LAYERWISE,
  /** The whole autoencoder trained at once on (optionally corrupted) input. */
  END_TO_END
}
