/**
 * DEC itself: the trainer that runs the phases ({@link org.dec4j.engine.cluster.DecTrainer}), the per-run
 * refinement state ({@link org.dec4j.engine.cluster.DecRefinement}), the trained model and its file format.
 */
package org.dec4j.engine.cluster;
