/** Clustering quality measures, computed with ELKI's implementations. */
package org.dec4j.cli.eval;
