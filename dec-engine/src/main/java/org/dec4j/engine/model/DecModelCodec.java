package org.dec4j.engine.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.ModelFormatException;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.engine.nn.LayerActivation;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.runtime.Nd4jRuntime;
import org.dec4j.engine.scaling.FeatureScaler;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link DecModel}s as a {@link ModelArchive}: a JSON header (configuration, scaling, network
 * shape, centroids, assignment head, training summary, provenance) and the encoder weights as little-endian float32
 * in the entry {@value #WEIGHTS}.
 */
public final class DecModelCodec {
  /** The format version this code writes; it also reads version 1 (settings under their 0.1 names, K inside). */
  public static final int FORMAT_VERSION = 2;
  /** Version 1's names of the settings, where they differ from today's. */
  private static final Map<String, String> VERSION_1_NAMES = Map.ofEntries(Map.entry("encoderLayers", "layers"),
      Map.entry("weightInit", "weight-init"), Map.entry("pretrainLayerSteps", "pretrain-layer-steps"),
      Map.entry("pretrainSteps", "pretrain-steps"), Map.entry("pretrainOptimizer", "pretrain-optimizer"),
      Map.entry("pretrainLearningRate", "pretrain-lr"), Map.entry("pretrainMomentum", "pretrain-momentum"),
      Map.entry("pretrainCorruption", "pretrain-corruption"), Map.entry("batchSize", "batch-size"),
      Map.entry("learningRate", "lr"), Map.entry("updateInterval", "update-interval"),
      Map.entry("tolerance", "tol"), Map.entry("maxIterations", "max-iter"),
      Map.entry("kmeansRestarts", "kmeans-restarts"), Map.entry("collapsePolicy", "collapse-policy"),
      Map.entry("collapseFraction", "collapse-fraction"), Map.entry("gamma", "idec-gamma"),
      Map.entry("lambda", "dcn-lambda"));
  /** Name of the entry holding the encoder weights. */
  public static final String WEIGHTS = "encoder.f32";

  private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

  private DecModelCodec() {
  }

  /** The header fields. */
  private record Header(JsonObject config, List<String> inputColumns, FeatureScaler scaler, int[] encoderSizes,
      LayerActivation[] activations, int k, double[] centroids, ClusterHead head, TrainingSummary summary,
      Map<String, String> provenance) {
  }

  /**
   * @param m model
   * @return its archive
   */
  static ModelArchive archive(DecModel m) {
    DenseNetwork enc = m.encoder();
    Header h = new Header(m.config().toJsonObject(), m.inputColumns(), m.scaler(), enc.sizes(), enc.activations(),
        m.k(), m.centroidArray(), m.head(), m.summary(), m.provenance());
    float[] w = enc.params().dup().data().asFloat();
    ByteBuffer buf = ByteBuffer.allocate(w.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(w);
    return ModelArchive.create(m.engineName(), FORMAT_VERSION, GSON.toJson(h)).with(WEIGHTS, buf.array());
  }

  /**
   * The settings of a model's header under today's names (version 1: its names mapped, its K dropped). A name this
   * release does not declare (a setting of a newer release) is dropped too: the model predicts with its network,
   * centroids and head, which this release reads whole.
   */
  private static JsonObject settingsOf(JsonObject config, int version) {
    JsonObject out = new JsonObject();
    for (Map.Entry<String, com.google.gson.JsonElement> e : config.entrySet()) {
      String name = version == 1 ? VERSION_1_NAMES.getOrDefault(e.getKey(), e.getKey()) : e.getKey();
      if (org.dec4j.api.config.Settings.byName(name) != null) {
        out.add(name, e.getValue());
      }
    }
    return out;
  }

  /**
   * @param archive an archive written by {@link #archive}
   * @return the model
   * @throws ModelFormatException if damaged or of another format version
   */
  public static DecModel read(ModelArchive archive) throws ModelFormatException {
    if (archive.formatVersion() != FORMAT_VERSION && archive.formatVersion() != 1) {
      throw new ModelFormatException("the model file has format version " + archive.formatVersion()
          + ", this dec4j reads versions 1 to " + FORMAT_VERSION + (archive.formatVersion() > FORMAT_VERSION
              ? ": it was written by a newer dec4j; upgrade to read it" : ""));
    }
    Header h;
    DecConfig config;
    try {
      JsonObject o = JsonParser.parseString(archive.headerJson()).getAsJsonObject();
      h = GSON.fromJson(o, new TypeToken<Header>() { }.getType());
      if (h == null || h.config() == null) {
        throw new ModelFormatException("damaged dec4j model: header incomplete");
      }
      config = DecConfig.fromJson(settingsOf(h.config(), archive.formatVersion()))
          .toBuilder().set(org.dec4j.api.config.Settings.ENGINE, archive.engine()).build();
    } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
      throw new ModelFormatException("damaged dec4j model: " + e.getMessage(), e);
    }
    if (h.encoderSizes() == null || h.centroids() == null || h.scaler() == null || h.activations() == null) {
      throw new ModelFormatException("damaged dec4j model: header incomplete");
    }
    byte[] bytes = archive.entry(WEIGHTS);
    long expected = DenseNetwork.parameterCount(h.encoderSizes());
    if (bytes.length != expected * 4) {
      throw new ModelFormatException("damaged dec4j model: " + WEIGHTS + " holds " + bytes.length + " bytes, the"
          + " network needs " + (expected * 4));
    }
    int latent = h.encoderSizes()[h.encoderSizes().length - 1];
    if (h.centroids().length != h.k() * latent || h.scaler().dimension() != h.encoderSizes()[0]) {
      throw new ModelFormatException("damaged dec4j model: centroids or scaling do not match the network");
    }
    float[] w = new float[(int) expected];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(w);
    DenseNetwork encoder = Nd4jRuntime.call(false, () -> {
      INDArray params = Nd4j.create(DataType.FLOAT, 1, w.length);
      params.assign(Nd4j.createFromArray(w).reshape(1, w.length));
      return new DenseNetwork(h.encoderSizes(), h.activations(), params, null);
    });
    ClusterHead head = h.head() == null ? ClusterHead.studentT() : h.head();
    try {
      return new DecModel(archive.engine(), h.k(), config, h.scaler(), encoder, h.centroids(), head, h.inputColumns(),
          h.summary(), h.provenance());
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("damaged dec4j model: " + e.getMessage(), e);
    }
  }
}
