/** Reading ARFF and CSV files into features and optional class labels, and the input schema saved with a model. */
package org.dec4j.cli.data;
