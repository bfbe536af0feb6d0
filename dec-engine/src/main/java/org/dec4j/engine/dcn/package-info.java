/** The engine DCN, Deep Clustering Network (Yang et al., ICML 2017) and its formulas. */
package org.dec4j.engine.dcn;
