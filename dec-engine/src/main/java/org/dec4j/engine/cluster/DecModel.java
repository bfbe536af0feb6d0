package org.dec4j.engine.cluster;

import org.dec4j.api.config.DecConfig;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.engine.nn.DenseNetwork;
import org.dec4j.engine.runtime.Nd4jRuntime;
import org.dec4j.engine.scaling.FeatureScaler;

import java.io.IOException;
import java.io.OutputStream;
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
   * @param config configuration
   * @param scaler fitted scaling
   * @param encoder encoder (inference only; its parameters are not changed again)
   * @param centroids k x latent, row-major
   * @param inputColumns names of the training columns
   * @param summary what the fit did
   * @param provenance versions, shape, time
   */
  public DecModel(String engineName, DecConfig config, FeatureScaler scaler, DenseNetwork encoder,
      double[] centroids, List<String> inputColumns, TrainingSummary summary, Map<String, String> provenance) {
    this(engineName, config, scaler, encoder, centroids, ClusterHead.studentT(), inputColumns, summary, provenance);
  }

  /**
   * @param engineName engine that trained it
   * @param config configuration
   * @param scaler fitted scaling
   * @param encoder the network from rows to the space the head reads (inference only)
   * @param centroids k x output size, row-major (for a mixture: its means)
   * @param head assignment rule
   * @param inputColumns names of the training columns
   * @param summary what the fit did
   * @param provenance versions, shape, time
   */
  public DecModel(String engineName, DecConfig config, FeatureScaler scaler, DenseNetwork encoder,
      double[] centroids, ClusterHead head, List<String> inputColumns, TrainingSummary summary,
      Map<String, String> provenance) {
    String wrong = head.mismatch(config.k(), encoder.outputSize());
    if (wrong != null) {
      throw new IllegalArgumentException(wrong);
    }
    this.head = head;
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
    return config.k();
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
  ClusterHead head() {
    return head;
  }

  /** @return k x latent centroids, row-major (a copy) */
  double[] centroidArray() {
    return centroids.clone();
  }

  @Override
  public FloatMatrix embed(FloatMatrix x) {
    return FloatMatrix.adopt(x.rows(), latentDimension(), toFloat(embedRows(x)));
  }

  @Override
  public FloatMatrix softAssignments(FloatMatrix x) {
    double[] q = head.assign(embedRows(x), x.rows(), latentDimension(), centroids, k(), config.alpha());
    return FloatMatrix.adopt(x.rows(), k(), toFloat(q));
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
    return FloatMatrix.adopt(k(), latentDimension(), toFloat(centroids));
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
  public void writeTo(OutputStream out) throws IOException {
    DecModelCodec.write(this, out);
  }

  static float[] toFloat(double[] a) {
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      f[i] = (float) a[i];
    }
    return f;
  }

  @Override
  public String toString() {
    return "DecModel[engine=" + engineName + ", d=" + inputDimension() + ", latent=" + latentDimension() + ", k="
        + k() + ", head=" + head.kind() + "]";
  }
}
