/** The engine DEC, Deep Embedded Clustering (Xie et al., ICML 2016) and its formulas. */
package org.dec4j.engine.dec;
