/**
 * What every front-end runs: a {@link org.dec4j.api.data.Table} through the one data preparation, the choice of K
 * and the engine the configuration names ({@link org.dec4j.api.pipeline.TableClusterer}), and the model together
 * with its preparation, as saved and loaded by all front-ends ({@link org.dec4j.api.pipeline.PreparedModel}).
 */
package org.dec4j.api.pipeline;
