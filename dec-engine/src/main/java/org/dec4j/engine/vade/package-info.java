/** The engine VaDE, Variational Deep Embedding (Jiang et al., IJCAI 2017) and its formulas. */
package org.dec4j.engine.vade;
