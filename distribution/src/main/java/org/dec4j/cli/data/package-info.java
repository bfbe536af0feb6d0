/** Reading ARFF and CSV files into a dec4j table (with Weka's loaders). */
package org.dec4j.cli.data;
