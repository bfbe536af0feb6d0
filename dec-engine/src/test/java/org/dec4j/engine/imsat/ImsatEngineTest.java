package org.dec4j.engine.imsat;

import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.CollapsePolicy;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Perturbation;
import org.dec4j.api.config.Settings;
import org.dec4j.api.engine.ClusteringEngine;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.model.StopReason;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.Blobs;
import org.dec4j.engine.core.Assignments;
import org.dec4j.engine.core.Start;
import org.dec4j.engine.math.SoftAssignments;
import org.dec4j.engine.model.ClusterHead;
import org.dec4j.engine.model.DecModel;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.scaling.FeatureScaler;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is IMSAT's own: both perturbations separate the blobs and train different networks, the registered engine
 * uses the paper's 1200-1200 network, the centroids are the clusters' mean logits, the warm-up holds the tolerance
 * stop and the collapse watch back, the budget is at least 1,000 steps, the virtual adversarial direction moves the
 * prediction more than a random one, and the neighbour distances computed block by block equal the brute-force
 * ones. The narrow 64-64 network of {@link Blobs#smallConfig()} keeps it fast.
 */
class ImsatEngineTest {
  private static final ClusteringEngine IMSAT = Engines.get(ImsatEngine.NAME);

  /** @return the small configuration with random perturbations */
  private static DecConfig.Builder random() {
    return Blobs.smallConfig().set(Settings.IMSAT_PERTURBATION, Perturbation.RANDOM);
  }

  @Test
  void theRandomPerturbationSeparatesTheBlobsWithAnotherNetworkThanTheAdversarialOne() {
    FitResult random = IMSAT.fit(Blobs.data(), Blobs.K, random().build());
    Blobs.assertSeparated(random.labels(), "random");
    FitResult adversarial = Engines.get(ImsatEngine.NAME).fit(Blobs.data(), Blobs.K, Blobs.smallConfig().build());
    assertFalse(Arrays.equals(adversarial.embedding().toArray(), random.embedding().toArray()));
  }

  @Test
  void theRegisteredEngineUsesTheAutomaticNetworkAndItsCentroidsAreTheMeanLogits() throws Exception {
    DecConfig auto = Blobs.smallConfig().set(Settings.IMSAT_HIDDEN, null).build();
    FitResult r = Engines.get(ImsatEngine.NAME).fit(Blobs.data(), Blobs.K, auto);
    Blobs.assertSeparated(r.labels(), "imsat");
    DecModel model = (DecModel) r.model();
    assertEquals(ClusterHead.Kind.SOFTMAX, model.head().kind());
    assertEquals(DenseNetwork.parameterCount(new int[] { 30, 128, 128, Blobs.K }),
        model.toArchive().entry("encoder.f32").length / 4, "the network is 30-128-128-3 (128 near 4 x 30)");
    double[] z = toDouble(r.embedding().toArray());
    int n = z.length / Blobs.K;
    assertArrayEquals(Embeddings.toFloat(Assignments.clusterMeans(z, n, Blobs.K, r.labels(), Blobs.K)),
        r.model().centroids().toArray(), 1e-5f);
    assertArrayEquals(Embeddings.toFloat(SoftAssignments.softmax(z, n, Blobs.K)), r.softAssignments().toArray(), 1e-6f);
  }

  /**
   * 120 rows in batches of 32 are 3 batches an epoch: 50 epochs are 150 steps, under the least budget of 1,000.
   * With max-iter 120 the budget is 120 and the warm-up its first half, so the first check that may stop is at 60.
   */
  @Test
  void theWarmUpHoldsTheStopsBackAndTheBudgetIsAtLeastMinSteps() {
    FitResult eager = IMSAT.fit(Blobs.data(), Blobs.K, random().set(Settings.TOL, 0.999).build());
    assertEquals(StopReason.CONVERGED, eager.model().summary().stopReason());
    assertEquals(60, eager.model().summary().refineIterations(), "the first check after the warm-up of 60 batches");
    FitResult full = IMSAT.fit(Blobs.data(), Blobs.K, random().set(Settings.TOL, 0.0)
        .set(Settings.MAX_ITER, 100_000).set(Settings.UPDATE_INTERVAL, 250).build());
    assertEquals(StopReason.MAX_ITERATIONS, full.model().summary().stopReason());
    assertEquals(ImsatEngine.MIN_STEPS, full.model().summary().refineIterations());
    FitResult none = IMSAT.fit(Blobs.data(), Blobs.K, random().set(Settings.MAX_ITER, 0).build());
    assertEquals(StopReason.NO_REFINEMENT, none.model().summary().stopReason());
    FitResult stopped = IMSAT.fit(Blobs.data(), 4, random().set(Settings.COLLAPSE_FRACTION, 1.0)
        .set(Settings.COLLAPSE_POLICY, CollapsePolicy.STOP).build());
    assertEquals(StopReason.COLLAPSED, stopped.model().summary().stopReason());
    assertEquals(60, stopped.model().summary().refineIterations(), "the watch waits for the warm-up too");
  }

  /** On an untrained network, the direction of one power iteration changes the prediction most. */
  @Test
  void theVirtualAdversarialPerturbationMovesThePredictionMoreThanARandomOne() {
    DecConfig config = AutoRecipe.resolve(Blobs.smallConfig().build(), Blobs.K * Blobs.PER, 30).config();
    float[] x = FeatureScaler.fit(Blobs.data(), config.get(Settings.SCALING)).transform(Blobs.data());
    int n = Blobs.K * Blobs.PER;
    double[] radius = ImsatMath.kthNeighbourDistances(x, n, 30, ImsatEngine.NEIGHBOUR);
    double adversarial = 0;
    double random = 0;
    for (int seed = 0; seed < 5; seed++) {
      Start s = new Start(x, n, Blobs.K, null, null, null, config, new SplittableRandom(seed), TrainingListener.NONE,
          CancellationToken.create());
      ImsatEngine.Run run = new ImsatEngine.Run(s, ImsatEngine.network(30, Blobs.K, s, new SplittableRandom(seed)),
          radius, ImsatEngine.NEIGHBOUR, Perturbation.VIRTUAL_ADVERSARIAL, new SplittableRandom(seed));
      adversarial += run.selfAugmentationOfNextBatch(Perturbation.VIRTUAL_ADVERSARIAL);
      random += run.selfAugmentationOfNextBatch(Perturbation.RANDOM);
    }
    assertTrue(adversarial > 3 * random, "R_VAT " + adversarial / 5 + " vs R_RPT " + random / 5);
  }

  @Test
  void blockwiseNeighbourDistancesEqualTheBruteForceOnes() {
    SplittableRandom rng = new SplittableRandom(2);
    int n = 157;
    int d = 9;
    float[] x = new float[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    double[] expected = ImsatMath.kthNeighbourDistances(x, n, d, 10);
    assertArrayEquals(expected, NeighbourDistances.compute(x, n, d, 10, CancellationToken.create(), 1000), 1e-4);
    assertArrayEquals(expected, NeighbourDistances.compute(x, n, d, 10, CancellationToken.create()), 1e-4);
    double[] first = NeighbourDistances.remembered(x, n, d, 10, CancellationToken.create());
    assertArrayEquals(expected, first, 1e-4);
    first[0] = -1; // the caller's copy: what is remembered stays
    assertArrayEquals(expected, NeighbourDistances.remembered(x.clone(), n, d, 10, CancellationToken.create()), 1e-4);
    x[5] += 1f; // other values: computed again
    assertArrayEquals(ImsatMath.kthNeighbourDistances(x, n, d, 10),
        NeighbourDistances.remembered(x, n, d, 10, CancellationToken.create()), 1e-4);
  }

  private static double[] toDouble(float[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }
}
