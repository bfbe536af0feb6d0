/** The engine IDEC, Improved Deep Embedded Clustering (Guo et al., IJCAI 2017) and its formulas. */
package org.dec4j.engine.idec;
