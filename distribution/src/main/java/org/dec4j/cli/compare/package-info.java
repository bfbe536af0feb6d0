/**
 * {@code dec compare}: runs every SPI engine and the classical clusterers of Weka and ELKI (through their own
 * APIs) on the same data with several seeds, measures them the same way, and writes a table, a Markdown report, a
 * CSV and plots.
 */
package org.dec4j.cli.compare;
