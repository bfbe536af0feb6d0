/**
 * The Weka front-end of dec4j: Weka's instances as a dec4j table, the bean properties generated from the one
 * declaration of the settings ({@code DecProperties}), the serialisable model holder, and progress for the Explorer
 * and the command line. The clusterer itself is {@code weka.clusterers.DEC} (in Weka's own package so that the
 * Explorer and {@code weka.Run} find it without extra configuration).
 */
package org.dec4j.weka;
