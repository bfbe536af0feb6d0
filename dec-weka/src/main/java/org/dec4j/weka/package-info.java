/**
 * The Weka front-end of dec4j: input preparation with Weka's filters, the serialisable model holder, and
 * progress for the Explorer and the command line. The clusterer itself is {@code weka.clusterers.DEC} (in Weka's
 * own package so that the Explorer and {@code weka.Run} find it without extra configuration).
 */
package org.dec4j.weka;
