/**
 * {@code dec suite}: the benchmark of the chosen methods (dec4j's engines beside Weka's and ELKI's k-means and EM)
 * on every labelled data set of a folder with several seeds, run through the comparison of
 * {@link org.dec4j.cli.compare}, and reported as one table, CSV files, a Markdown report and a plot of ACC.
 */
package org.dec4j.cli.suite;
