/**
 * The ELKI 0.8.0 front-end of dec4j: {@link org.dec4j.elki.DEC} is a clustering algorithm chosen and parameterised
 * like ELKI's own ({@code -algorithm DEC -dec.k 10}); it translates parameters into a
 * {@link org.dec4j.api.config.DecConfig}, relations into a matrix, and the engine's result into an ELKI
 * {@code Clustering}.
 */
package org.dec4j.elki;
