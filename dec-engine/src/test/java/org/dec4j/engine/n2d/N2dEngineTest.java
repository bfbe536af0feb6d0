package org.dec4j.engine.n2d;

import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.Blobs;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.model.DecModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What is N2D's own: three stages (UMAP, the head, the mixture) and a mixture head on K manifold coordinates. */
class N2dEngineTest {
  @Test
  void reportsEachStageAndAssignsByAMixtureOnTheManifold() {
    List<TrainingEvent> events = new ArrayList<>();
    FitResult r = Engines.get(N2dEngine.NAME).fit(Blobs.data(), Blobs.K, Blobs.smallConfig().build(),
        new TrainingListener() {
          @Override
          public void progress(TrainingEvent e) {
            events.add(e);
          }
        }, CancellationToken.create());
    assertEquals(3, events.stream().filter(e -> e.phase() == Phase.REFINE).count());
    assertEquals(ClusterHead.Kind.GAUSSIAN_MIXTURE, ((DecModel) r.model()).head().kind());
    assertEquals(Blobs.K, r.model().latentDimension());
  }
}
