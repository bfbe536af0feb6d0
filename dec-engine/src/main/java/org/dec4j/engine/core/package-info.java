/**
 * The skeleton every engine shares ({@link org.dec4j.engine.core.EmbeddedClusteringEngine}: scale, pretrain,
 * k-means on the latent vectors, the engine's own clustering phase, the model), the refinement loop with its
 * collapse watch, cancellation and progress ({@link org.dec4j.engine.core.Refinement}), the pretraining the engines
 * share on the same data, and the gradient of a reconstruction loss plus a latent clustering loss.
 */
package org.dec4j.engine.core;
