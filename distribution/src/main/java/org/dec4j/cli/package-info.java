/**
 * The {@code ./dec} command line: reads a data file, translates options into a {@link org.dec4j.api.config.DecConfig},
 * calls an engine through the SPI, prints progress and a summary, and writes assignments and models.
 */
package org.dec4j.cli;
