package org.dec4j.engine.model;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelArchive;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.nn.Embeddings;
import org.dec4j.engine.runtime.Nd4jRuntime;
import org.dec4j.engine.scaling.FeatureScaler;

import java.util.List;
import java.util.Map;

/**
 * A trained model of the family: the fitted scaling, a network from rows to a latent space, the centroids and the
 * {@link ClusterHead} that turns a latent vector into soft assignments, saved under the name of the engine that
 * trained it. New rows are assigned exactly as the training rows were. With DEC's Student's t head the largest
 * value is always the nearest centroid, so the hard assignments of AE+k-means and DCN are their nearest-centroid
 * assignments; VaDE and N2D use a Gaussian mixture's posterior, IMSAT and DAC the softmax of the network.
 */
public final class DecModel implements ClusterModel {
  private final String engineName;
  private final int k;
  private final DecConfig config;
  private final FeatureScaler scaler;
  private final DenseNetwork encoder;
  private final double[] centroids;
  private final ClusterHead head;
  private final List<String> inputColumns;
  private final TrainingSummary summary;
  private final Map<String, String> provenance;

  /**
   * @param engineName engine that trained it
   * @param k number of clusters
   * @param config configuration
   * @param scaler fitted scaling
   * @param encoder the network from rows to the space the head reads (inference only)
   * @param centroids k x output size, row-major (for a mixture: its means)
   * @param head assignment rule
   * @param inputColumns names of the training columns
   * @param summary what the fit did
   * @param provenance versions, shape, time
   */
  public DecModel(String engineName, int k, DecConfig config, FeatureScaler scaler, DenseNetwork encoder,
      double[] centroids, ClusterHead head, List<String> inputColumns, TrainingSummary summary,
      Map<String, String> provenance) {
    String wrong = head.mismatch(k, encoder.outputSize());
    if (wrong != null) {
      throw new IllegalArgumentException(wrong);
    }
    if (centroids.length != k * encoder.outputSize()) {
      throw new IllegalArgumentException(k + " centroids of size " + encoder.outputSize() + " need "
          + k * encoder.outputSize() + " values, not " + centroids.length);
    }
    this.head = head;
    this.k = k;
    this.engineName = engineName;
    this.config = config;
    this.scaler = scaler;
    this.encoder = encoder;
    this.centroids = centroids.clone();
    this.inputColumns = List.copyOf(inputColumns);
    this.summary = summary;
    this.provenance = Map.copyOf(provenance);
  }

  @Override
  public String engineName() {
    return engineName;
  }

  @Override
  public DecConfig config() {
    return config;
  }

  @Override
  public int k() {
    return k;
  }

  @Override
  public int inputDimension() {
    return encoder.inputSize();
  }

  @Override
  public int latentDimension() {
    return encoder.outputSize();
  }

  @Override
  public List<String> inputColumns() {
    return inputColumns;
  }

  /** @return the fitted scaling */
  public FeatureScaler scaler() {
    return scaler;
  }

  /** @return the encoder (do not train it) */
  DenseNetwork encoder() {
    return encoder;
  }

  /** @return the assignment rule */
  public ClusterHead head() {
    return head;
  }

  /** @return k x latent centroids, row-major (a copy) */
  double[] centroidArray() {
    return centroids.clone();
  }

  @Override
  public FloatMatrix embed(FloatMatrix x) {
    return FloatMatrix.adopt(x.rows(), latentDimension(), Embeddings.toFloat(embedRows(x)));
  }

  @Override
  public FloatMatrix softAssignments(FloatMatrix x) {
    double[] q = head.assign(embedRows(x), x.rows(), latentDimension(), centroids, k(), config.get(Settings.ALPHA));
    return FloatMatrix.adopt(x.rows(), k(), Embeddings.toFloat(q));
  }

  private double[] embedRows(FloatMatrix x) {
    if (x.cols() != inputDimension()) {
      throw new IllegalArgumentException("the model was trained on " + inputDimension() + " columns, the data have "
          + x.cols());
    }
    x.requireFinite();
    float[] scaled = scaler.transform(x);
    return Nd4jRuntime.call(false, () -> Embeddings.embed(encoder, scaled, x.rows()));
  }

  @Override
  public FloatMatrix centroids() {
    return FloatMatrix.adopt(k(), latentDimension(), Embeddings.toFloat(centroids));
  }

  @Override
  public TrainingSummary summary() {
    return summary;
  }

  @Override
  public Map<String, String> provenance() {
    return provenance;
  }

  @Override
  public ModelArchive toArchive() {
    return DecModelCodec.archive(this);
  }

  @Override
  public String toString() {
    return "DecModel[engine=" + engineName + ", d=" + inputDimension() + ", latent=" + latentDimension() + ", k="
        + k() + ", head=" + head.kind() + "]";
  }
}
