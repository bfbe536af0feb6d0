/**
 * The algorithms: the phases every engine shares ({@link org.dec4j.engine.cluster.EmbeddedClusteringTrainer}:
 * scaling, autoencoder pretraining, k-means on the latent vectors), one trainer per algorithm (DEC, AE+k-means,
 * IDEC, DCN), the refinement loop they share ({@link org.dec4j.engine.cluster.ClusterRefinement}) with one
 * per-run state class per algorithm, the trained model and its file format.
 */
package org.dec4j.engine.cluster;
