/**
 * The dec4j engines on Deeplearning4j's ND4J CPU backend, one class per algorithm in a package of its own, with its
 * formulas in one pure class beside it: {@code dec} (DEC), {@code aekmeans} (autoencoder + k-means baseline),
 * {@code idec} (IDEC), {@code dcn} (DCN), {@code vade} (VaDE), {@code dac} (DAC), {@code imsat} (IMSAT) and
 * {@code n2d} (N2D). They share the skeleton in {@code core} (scaling, pretraining, k-means, the refinement loop with
 * its collapse watch, progress and cancellation, the model) and the model in {@code model}; the other packages hold
 * the shared formulas ({@code math}), the networks ({@code nn}, {@code autoencoder}), the k-means initialisation
 * ({@code init}), feature scaling ({@code scaling}), ND4J runtime settings ({@code runtime}) and the Guice wiring
 * ({@code inject}).
 */
package org.dec4j.engine;
