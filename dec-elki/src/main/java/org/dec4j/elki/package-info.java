/**
 * The ELKI 0.8.0 front-end of dec4j: {@link org.dec4j.elki.DEC} is a clustering algorithm chosen and parameterised
 * like ELKI's own ({@code -algorithm DEC -dec.k 10}). Its options are built from the declared settings
 * ({@link org.dec4j.elki.DecOptions}); it only translates: options into a {@link org.dec4j.api.config.DecConfig}
 * and a {@link org.dec4j.api.select.KRequest}, a relation into a table for the shared preparation and run
 * ({@link org.dec4j.api.pipeline.TableClusterer}), and the result into an ELKI {@code Clustering}.
 */
package org.dec4j.elki;
