/**
 * The algorithms: the phases every engine shares ({@link org.dec4j.engine.cluster.EmbeddedClusteringTrainer}:
 * scaling, autoencoder pretraining, k-means on the latent vectors), one trainer per algorithm (DEC, AE+k-means,
 * IDEC, DCN, VaDE, DAC, N2D; IMSAT has no autoencoder and its own trainer), the refinement loop they share
 * ({@link org.dec4j.engine.cluster.ClusterRefinement}) with one per-run state class per algorithm, the trained
 * model with its assignment head ({@link org.dec4j.engine.cluster.ClusterHead}) and its file format.
 */
package org.dec4j.engine.cluster;
