package org.dec4j.engine.core;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.autoencoder.Autoencoder;
import org.dec4j.engine.init.ClusterInitializer;

import java.util.SplittableRandom;

/**
 * What the shared phases leave for an engine's own clustering phase ({@link EmbeddedClusteringEngine#refine}):
 * the scaled rows, the pretrained autoencoder with the rows' embedding and the k-means start on it (absent for an
 * engine that does not pretrain), K, the configuration, the phase's random generator, and where progress goes.
 *
 * @param x scaled rows, row-major n x d
 * @param n rows
 * @param k clusters
 * @param ae the pretrained autoencoder (the clustering phase may train it further), or null
 * @param z n x latent embedding of the rows by the pretrained encoder, row-major, or null
 * @param init k-means on z, or null
 * @param config configuration
 * @param rng generator of the clustering phase
 * @param listener progress
 * @param cancel checked every batch
 */
public record Start(float[] x, int n, int k, Autoencoder ae, double[] z, ClusterInitializer.Result init,
    DecConfig config, SplittableRandom rng, TrainingListener listener, CancellationToken cancel) {
  /** @return number of input columns */
  public int d() {
    return x.length / n;
  }
}
