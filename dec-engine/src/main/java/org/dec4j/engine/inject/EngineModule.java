package org.dec4j.engine.inject;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.engine.aekmeans.AeKMeansEngine;
import org.dec4j.engine.dac.DacEngine;
import org.dec4j.engine.dcn.DcnEngine;
import org.dec4j.engine.dec.DecEngine;
import org.dec4j.engine.idec.IdecEngine;
import org.dec4j.engine.imsat.ImsatEngine;
import org.dec4j.engine.init.ClusterInitializer;
import org.dec4j.engine.init.KMeansInitializer;
import org.dec4j.engine.n2d.N2dEngine;
import org.dec4j.engine.vade.VadeEngine;

/** All bindings of dec-engine: the strategies, and every engine under its name. */
public final class EngineModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(ClusterInitializer.class).to(KMeansInitializer.class);
    MapBinder<String, ClusteringEngine> engines = MapBinder.newMapBinder(binder(), String.class,
        ClusteringEngine.class);
    engines.addBinding(DecEngine.NAME).to(DecEngine.class);
    engines.addBinding(AeKMeansEngine.NAME).to(AeKMeansEngine.class);
    engines.addBinding(IdecEngine.NAME).to(IdecEngine.class);
    engines.addBinding(DcnEngine.NAME).to(DcnEngine.class);
    engines.addBinding(N2dEngine.NAME).to(N2dEngine.class);
    engines.addBinding(DacEngine.NAME).to(DacEngine.class);
    engines.addBinding(VadeEngine.NAME).to(VadeEngine.class);
    engines.addBinding(ImsatEngine.NAME).to(ImsatEngine.class);
  }
}
