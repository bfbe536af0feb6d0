/**
 * The dec4j engines on Deeplearning4j's ND4J CPU backend, one class per algorithm over a shared base
 * ({@link org.dec4j.engine.EmbeddedClusteringEngine}): {@link org.dec4j.engine.DecEngine} (DEC),
 * {@link org.dec4j.engine.AeKMeansEngine} (autoencoder + k-means baseline), {@link org.dec4j.engine.IdecEngine}
 * (IDEC), {@link org.dec4j.engine.DcnEngine} (DCN), {@link org.dec4j.engine.VadeEngine} (VaDE),
 * {@link org.dec4j.engine.ImsatEngine} (IMSAT), {@link org.dec4j.engine.DacEngine} (DAC) and
 * {@link org.dec4j.engine.N2dEngine} (N2D). The sub-packages hold the math ({@code math}), the
 * networks ({@code nn}, {@code autoencoder}), the k-means initialisation ({@code init}), the trainers, refinement
 * loops and model ({@code cluster}), feature scaling ({@code scaling}), ND4J runtime settings ({@code runtime})
 * and the Guice wiring ({@code inject}).
 */
package org.dec4j.engine;
