package org.dec4j.api.engine;

import java.util.List;

/**
 * Offers engines to {@link Engines}. Implementations are registered in
 * {@code META-INF/services/org.dec4j.api.engine.EngineProvider} and need a public no-argument constructor.
 */
public interface EngineProvider {
  /** @return the engines this provider offers */
  List<ClusteringEngine> engines();
}
