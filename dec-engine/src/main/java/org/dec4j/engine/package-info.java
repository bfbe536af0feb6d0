/**
 * The dec4j engines on Deeplearning4j's ND4J CPU backend. {@link org.dec4j.engine.DecEngine} is the entry point
 * of DEC; the sub-packages hold the math ({@code math}), the networks ({@code nn}, {@code autoencoder}), the
 * k-means initialisation ({@code init}), the refinement loop and model ({@code cluster}), feature scaling
 * ({@code scaling}), ND4J runtime settings ({@code runtime}) and the Guice wiring ({@code inject}).
 */
package org.dec4j.engine;
