/** The engine IMSAT, Information Maximizing Self-Augmented Training (Hu et al., ICML 2017) and its formulas. */
package org.dec4j.engine.imsat;
