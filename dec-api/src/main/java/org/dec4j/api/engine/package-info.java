/**
 * Engines and how to find them: a {@link org.dec4j.api.engine.ClusteringEngine} fits a model, an
 * {@link org.dec4j.api.engine.EngineProvider} registered with {@link java.util.ServiceLoader} offers engines, and
 * {@link org.dec4j.api.engine.Engines} looks them up by name so that no front-end names an implementation class.
 */
package org.dec4j.api.engine;
