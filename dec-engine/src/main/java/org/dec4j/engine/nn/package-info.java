/**
 * A fully connected network driven by hand on ND4J: forward and backward passes as column-major GEMMs into
 * preallocated buffers, parameters in one flat vector so that one fused ND4J updater steps them all.
 */
package org.dec4j.engine.nn;
