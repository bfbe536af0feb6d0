package org.dec4j.engine.inject;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.EngineProvider;

import java.util.List;
import java.util.Map;

/** Offers the engines bound in {@link EngineModule} to {@link org.dec4j.api.engine.Engines}. */
public final class Dl4jEngineProvider implements EngineProvider {
  private static volatile List<ClusteringEngine> engines;

  @Override
  public List<ClusteringEngine> engines() {
    List<ClusteringEngine> e = engines;
    if (e == null) {
      Map<String, ClusteringEngine> map = Guice.createInjector(new EngineModule())
          .getInstance(Key.get(new TypeLiteral<Map<String, ClusteringEngine>>() { }));
      e = List.copyOf(map.values());
      engines = e;
    }
    return e;
  }
}
