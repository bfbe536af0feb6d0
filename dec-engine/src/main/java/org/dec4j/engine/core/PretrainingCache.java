package org.dec4j.engine.core;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.engine.autoencoder.AutoencoderPretrainer;
import org.dec4j.engine.scaling.FeatureScaler;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.lang.ref.WeakReference;

/**
 * The last pretrained autoencoder, kept so that the next fit on the same data object with the same settings of
 * pretraining (every one it reads, the seed included: {@link #key}) starts from it instead of pretraining again: the
 * engines of the family share this phase whatever their K and own settings, and {@code dec compare} runs them one
 * after another on one matrix. The result is identical to
 * pretraining anew, which is deterministic for a seed. It holds the data only weakly, so it never keeps a matrix
 * alive, and one entry only.
 */
final class PretrainingCache {
  /**
   * A stored pretraining.
   *
   * @param data the matrix it was computed from (weakly held)
   * @param configJson the settings pretraining reads ({@link #key})
   * @param scaler fitted scaling
   * @param params the autoencoder's parameters after pretraining (a copy)
   * @param result what pretraining did
   */
  private record Entry(WeakReference<FloatMatrix> data, String configJson, FeatureScaler scaler, INDArray params,
      AutoencoderPretrainer.Result result) {
  }

  private static Entry last;

  private PretrainingCache() {
  }

  /**
   * @param config a configuration
   * @return the values pretraining depends on (seed, threads, scaling, network, pretraining), as JSON: the engine
   *     and its clustering settings are left out, so every engine of the family shares the pretraining
   */
  static String key(DecConfig config) {
    com.google.gson.JsonObject all = config.toJsonObject();
    com.google.gson.JsonObject key = new com.google.gson.JsonObject();
    for (Setting<?> s : Settings.all()) {
      boolean pretraining = switch (s.group()) {
        case RUN, DATA, NETWORK, PRETRAINING -> s != Settings.ENGINE;
        case CLUSTERING, ENGINE -> false;
      };
      if (pretraining) {
        key.add(s.name(), all.get(s.name()));
      }
    }
    return key.toString();
  }

  /**
   * @param data the rows
   * @param configJson the configuration
   * @return the stored pretraining of exactly this data object and configuration, or null
   */
  static synchronized Hit find(FloatMatrix data, String configJson) {
    Entry e = last;
    if (e == null || e.data().get() != data || !e.configJson().equals(configJson)) {
      return null;
    }
    return new Hit(e.scaler(), e.params().dup(), e.result());
  }

  /**
   * A stored pretraining handed out: its parameters are the caller's copy.
   *
   * @param scaler fitted scaling
   * @param params autoencoder parameters
   * @param result what the original pretraining did
   */
  record Hit(FeatureScaler scaler, INDArray params, AutoencoderPretrainer.Result result) {
  }

  /**
   * @param data the rows
   * @param configJson the configuration
   * @param scaler fitted scaling
   * @param params autoencoder parameters (copied)
   * @param result what pretraining did
   */
  static synchronized void store(FloatMatrix data, String configJson, FeatureScaler scaler, INDArray params,
      AutoencoderPretrainer.Result result) {
    last = new Entry(new WeakReference<>(data), configJson, scaler, params.dup(), result);
  }

  /** Forgets the stored pretraining. */
  static synchronized void clear() {
    last = null;
  }
}
