/**
 * The trained model of every engine ({@link org.dec4j.engine.model.DecModel}: scaling, network, centroids and the
 * assignment head that turns the network's output into soft assignments) and its file format.
 */
package org.dec4j.engine.model;
