package org.dec4j.engine.autoencoder;

import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Pretraining;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.config.Settings;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.TrainingEvent;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.engine.Blobs;
import org.dec4j.engine.nn.Batches;
import org.dec4j.engine.scaling.FeatureScaler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoencoderPretrainerTest {
  @ParameterizedTest
  @EnumSource(Pretraining.class)
  void pretrainingReducesReconstructionErrorAndCountsEveryStep(Pretraining recipe) {
    DecConfig c = Blobs.smallConfig().set(Settings.PRETRAINING, recipe).set(Settings.PRETRAIN_LAYER_STEPS, 50)
        .set(Settings.PRETRAIN_STEPS, 150).build();
    float[] x = FeatureScaler.fit(Blobs.data(), Scaling.STANDARDIZE).transform(Blobs.data());
    int n = Blobs.data().rows();
    Autoencoder ae = new AutoencoderFactory().create(30, c, new SplittableRandom(1));
    double before = mse(ae, x, n);
    List<TrainingEvent> events = new ArrayList<>();
    AutoencoderPretrainer.Result r = new AutoencoderPretrainer().pretrain(ae, x, n, c, new SplittableRandom(2),
        new TrainingListener() {
          @Override
          public void progress(TrainingEvent e) {
            events.add(e);
          }
        }, CancellationToken.create());
    double after = mse(ae, x, n);
    int expected = (recipe.resolve(n) == Pretraining.LAYERWISE || recipe == Pretraining.AUTO ? 3 * 50 : 0) + 150;
    assertEquals(expected, r.steps());
    TrainingEvent last = events.get(events.size() - 1);
    assertEquals(Phase.PRETRAIN, last.phase());
    assertEquals(expected, last.step());
    assertEquals(expected, last.totalSteps());
    assertTrue(after < 0.5 * before, recipe + ": MSE " + before + " -> " + after);
  }

  @Test
  void automaticBudgetsStopAtThePlateauAndSaySo() {
    DecConfig c = Blobs.smallConfig().set(Settings.PRETRAIN_LAYER_STEPS, null).set(Settings.PRETRAIN_STEPS, null)
        .set(Settings.PRETRAINING, Pretraining.LAYERWISE).build();
    float[] x = FeatureScaler.fit(Blobs.data(), Scaling.STANDARDIZE).transform(Blobs.data());
    int n = Blobs.data().rows();
    int batch = Math.min(c.get(Settings.BATCH_SIZE), n);
    int budget = 3 * AutoRecipe.layerSteps(n, batch) + AutoRecipe.fineTuneSteps(n, batch);
    AutoencoderPretrainer.Result r = pretrain(c, x, n);
    assertTrue(r.steps() < budget, r.steps() + " steps of a budget of " + budget + ": " + r.stop());
    assertTrue(r.stop().contains("greedy layer pairs") && r.stop().contains("fine-tuning "), r.stop());
    assertEquals(r, pretrain(c, x, n), "the same seed stops at the same step");
    DecConfig given = c.toBuilder().set(Settings.PRETRAIN_LAYER_STEPS, 40).set(Settings.PRETRAIN_STEPS, 60).build();
    AutoencoderPretrainer.Result fixed = pretrain(given, x, n);
    assertEquals(3 * 40 + 60, fixed.steps(), "given budgets run to the end");
    assertEquals("the given budget of 180 steps", fixed.stop());
  }

  private static AutoencoderPretrainer.Result pretrain(DecConfig c, float[] x, int n) {
    Autoencoder ae = new AutoencoderFactory().create(30, c, new SplittableRandom(1));
    AutoencoderPretrainer.Result r = new AutoencoderPretrainer().pretrain(ae, x, n, c, new SplittableRandom(2),
        TrainingListener.NONE, CancellationToken.create());
    return new AutoencoderPretrainer.Result(r.steps(), r.finalLoss(), 0, r.recipe(), r.stop());
  }

  private static double mse(Autoencoder ae, float[] x, int n) {
    INDArray in = Batches.rows(x, 30, 0, n);
    INDArray out = ae.decoder().output(ae.encoder().output(in));
    return out.sub(in).norm2Number().doubleValue() * out.sub(in).norm2Number().doubleValue() / (n * 30.0);
  }
}
