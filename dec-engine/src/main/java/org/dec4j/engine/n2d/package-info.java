/**
 * The engine N2D, clustering the local manifold of an autoencoded embedding (McConville et al., ICPR 2020), and its
 * network fitted to the manifold.
 */
package org.dec4j.engine.n2d;
