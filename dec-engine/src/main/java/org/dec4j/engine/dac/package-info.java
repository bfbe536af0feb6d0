/** The engine DAC, Deep Adaptive Clustering (Chang et al., ICCV 2017) and its formulas. */
package org.dec4j.engine.dac;
