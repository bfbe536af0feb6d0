/** The engine the autoencoder + k-means baseline of the DEC paper and its formulas. */
package org.dec4j.engine.aekmeans;
