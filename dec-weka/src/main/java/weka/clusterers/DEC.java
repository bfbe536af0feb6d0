package weka.clusterers;

import org.dec4j.api.Citations;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Settings;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelReport;
import org.dec4j.api.pipeline.PreparedModel;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.select.KRequest;
import org.dec4j.weka.DecProperties;
import org.dec4j.weka.SerializedModel;
import org.dec4j.weka.WekaProgress;
import org.dec4j.weka.WekaTables;
import weka.core.Capabilities.Capability;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;

import java.nio.file.Path;

/**
 * Deep Embedded Clustering as a Weka clusterer. This class only translates: its bean properties (every dec4j
 * setting, generated from the one declaration into {@link DecProperties}) become a configuration, Weka's instances
 * a table ({@link WekaTables}), and {@link TableClusterer} does the rest with the engine the {@code engine} setting
 * names, exactly as the command line and ELKI do. The trained model (with its data preparation) travels inside
 * this object when Weka serialises it, and can be written as a dec4j model file ({@code -save-model}) for
 * {@code ./dec predict}; a dec4j model file can be read instead of training ({@code -load-model}).
 *
 * <!-- globalinfo-start --> Deep Embedded Clustering (DEC) learns a low-dimensional embedding with a deep
 * autoencoder and clusters in it. <!-- globalinfo-end -->
 */
public class DEC extends DecProperties implements NumberOfClustersRequestable, TechnicalInformationHandler {
  private static final long serialVersionUID = 4153468915027343297L;

  private int numClusters = 2;
  private int maxClusters = KRequest.DEFAULT_MAX;
  private int selectionSeeds = KRequest.DEFAULT_SEEDS;
  private String loadModel = "";
  private String saveModel = "";
  private String summary = "";
  private SerializedModel model;

  /** A DEC clusterer with the declared defaults and two clusters (set -N). */
  public DEC() {
    m_SeedDefault = Settings.SEED.defaultValue().intValue();
    setSeed(m_SeedDefault);
  }

  /** @return a description for the Explorer */
  public String globalInfo() {
    return "Deep Embedded Clustering (DEC) and its family (engine: dec, idec, dcn, vade, dac, n2d, imsat,"
        + " ae-kmeans): pretrains a stacked autoencoder, runs k-means on its latent vectors, then refines encoder and"
        + " centroids together by minimising KL(P||Q) between Student's t soft assignments Q and a sharpened target"
        + " P. It suits raw high-dimensional data (pixels, embeddings) where k-means on the raw features struggles."
        + " The data are prepared as by dec4j's command line and ELKI plugin (missing numbers: the training median;"
        + " nominal attributes: one 0/1 column per level, missing values a level of their own; heavy tails clipped"
        + " when scaled per column), and that preparation is part of the model. For full speed dec4j sets"
        + " OMP_WAIT_POLICY=PASSIVE itself before ND4J starts (not on Windows; a value in the environment is kept)."
        + "\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation t = new TechnicalInformation(Type.INPROCEEDINGS);
    t.setValue(Field.AUTHOR, Citations.DEC_AUTHORS.replace(", ", " and "));
    t.setValue(Field.TITLE, Citations.DEC_TITLE);
    t.setValue(Field.BOOKTITLE, Citations.DEC_BOOKTITLE);
    t.setValue(Field.YEAR, Integer.toString(Citations.DEC_YEAR));
    t.setValue(Field.PAGES, Citations.DEC_PAGES);
    t.setValue(Field.URL, Citations.DEC_URL);
    return t;
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities c = super.getCapabilities();
    c.disableAll();
    c.enable(Capability.NO_CLASS);
    c.enable(Capability.NUMERIC_ATTRIBUTES);
    c.enable(Capability.NOMINAL_ATTRIBUTES);
    c.enable(Capability.MISSING_VALUES);
    c.setMinimumNumberInstances(1);
    return c;
  }

  /**
   * @return the configuration the properties describe
   * @throws IllegalArgumentException with the declaration's message for an invalid value
   */
  public DecConfig toConfig() {
    return settings().build();
  }

  /** @return the requested number of clusters, or the candidates for -N -1 */
  public KRequest kRequest() {
    return numClusters == -1 ? KRequest.upTo(maxClusters, selectionSeeds) : KRequest.of(numClusters);
  }

  /**
   * Refuses, before any work and in Weka's way (a {@link WekaException} with one line, as Weka's capability test
   * does), what the data cannot give: an attribute without any value, and a number of clusters below 2 or above the
   * number of instances.
   *
   * @param data the training data, past the capability test
   * @throws WekaException naming the option or the attribute
   */
  void refuseWhatCannotTrain(Instances data) throws WekaException {
    if (loadModel.isBlank() && numClusters != -1) {
      if (numClusters < 2) {
        throw new WekaException("DEC: numClusters (-N) must be at least 2, or -1 to choose it (got " + numClusters
            + ")");
      }
      if (numClusters > data.numInstances()) {
        throw new WekaException("DEC: numClusters (-N) is " + numClusters + " but the data have only "
            + data.numInstances() + " instance" + (data.numInstances() == 1 ? "" : "s"));
      }
    }
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex() && data.numInstances() > 0 && allMissing(data, a)) {
        throw new WekaException("DEC: attribute '" + data.attribute(a).name() + "' has no values (all missing);"
            + " remove it, e.g. with weka.filters.unsupervised.attribute.RemoveUseless");
      }
    }
  }

  /** Whether no instance has a value of the attribute (stops at the first value; no statistics computed). */
  private static boolean allMissing(Instances data, int attribute) {
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).isMissing(attribute)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void buildClusterer(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    DecConfig config = loadModel.isBlank() ? toConfig() : null;
    refuseWhatCannotTrain(data);
    model = null;
    summary = "";
    if (!loadModel.isBlank()) {
      PreparedModel m = PreparedModel.load(Path.of(loadModel));
      m.prepare(WekaTables.of(data));
      model = new SerializedModel(m);
      summary = "model read from " + loadModel + " (not trained on these data)\n";
      return;
    }
    String classColumn = data.classIndex() >= 0 ? data.classAttribute().name() : null;
    TableClusterer.Result r = TableClusterer.fit(WekaTables.of(data), classColumn, kRequest(), config,
        new WekaProgress("DEC", System.err), CancellationToken.create());
    if (!saveModel.isBlank()) {
      r.model().save(Path.of(saveModel));
    }
    model = new SerializedModel(r.model());
    StringBuilder s = new StringBuilder("data preparation:\n");
    r.data().notes().forEach(n -> s.append("  ").append(n).append('\n'));
    if (r.selection() != null) {
      s.append("numClusters -1: K chosen by latent silhouette, Davies-Bouldin, stability across seeds and the"
          + " smallest cluster\n").append(r.selection().text());
    }
    s.append("Clusters of the training data:\n").append(r.profiles(0).text(false));
    if (!saveModel.isBlank()) {
      s.append("model saved to ").append(saveModel).append('\n');
    }
    summary = s.toString();
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (model == null) {
      throw new Exception("DEC: no model built yet");
    }
    float[] q = model.get().softAssignments(WekaTables.of(instance)).row(0);
    double[] d = new double[q.length];
    for (int j = 0; j < q.length; j++) {
      d[j] = q[j];
    }
    return d;
  }

  @Override
  public int numberOfClusters() throws Exception {
    if (model == null) {
      throw new Exception("DEC: no model built yet");
    }
    return model.get().model().k();
  }

  /** @return the trained model with its data preparation, or null before {@link #buildClusterer} */
  public PreparedModel getModel() {
    return model == null ? null : model.get();
  }

  @Override
  public String toString() {
    if (model == null) {
      return "DEC: no model built yet.";
    }
    ClusterModel m = model.get().model();
    return "Deep Embedded Clustering (dec4j)\n================================\n\n" + ModelReport.text(m) + "\n"
        + summary;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 2 $");
  }

  /**
   * Runs the clusterer from the command line.
   *
   * @param args options, e.g. -t data.arff -c last -N 10
   */
  public static void main(String[] args) {
    runClusterer(new DEC(), args);
  }

  @Override
  public void setNumClusters(int n) throws Exception {
    numClusters = n;
  }

  /** @return number of clusters */
  @OptionMetadata(displayName = "numClusters", description = "Number of clusters K (at least 2), or -1 to choose K"
      + " among 2..maxClusters by silhouette in the latent space, stability across seeds and cluster sizes.",
      commandLineParamName = "N", commandLineParamSynopsis = "-N <int>", displayOrder = 1)
  public int getNumClusters() {
    return numClusters;
  }

  /** @return the largest K tried when numClusters is -1 */
  @OptionMetadata(displayName = "maxClusters", description = "Largest K tried when numClusters is -1.",
      commandLineParamName = "max", commandLineParamSynopsis = "-max <int>", displayOrder = 2)
  public int getMaxClusters() {
    return maxClusters;
  }

  /** @param v largest K tried when numClusters is -1 */
  public void setMaxClusters(int v) {
    maxClusters = v;
  }

  /** @return seeds per K when numClusters is -1 */
  @OptionMetadata(displayName = "selectionSeeds", description = "Seeds per K when numClusters is -1 (2 or more"
      + " measure the stability of each K).", commandLineParamName = "selection-seeds",
      commandLineParamSynopsis = "-selection-seeds <int>", displayOrder = 3)
  public int getSelectionSeeds() {
    return selectionSeeds;
  }

  /** @param v seeds per K when numClusters is -1 */
  public void setSelectionSeeds(int v) {
    selectionSeeds = v;
  }

  /** @return a dec4j model file read instead of training, or "" */
  @OptionMetadata(displayName = "loadModel", description = "A dec4j model file (from ./dec cluster --save-model or"
      + " -save-model) to use instead of training; empty to train.", commandLineParamName = "load-model",
      commandLineParamSynopsis = "-load-model <file>", displayOrder = 4)
  public String getLoadModel() {
    return loadModel;
  }

  /** @param v a dec4j model file, or "" */
  public void setLoadModel(String v) {
    loadModel = v == null ? "" : v.trim();
  }

  /** @return where the trained model is also written as a dec4j model file, or "" */
  @OptionMetadata(displayName = "saveModel", description = "Also write the trained model as a dec4j model file here"
      + " (for ./dec predict, inspect or another Weka); empty for none.", commandLineParamName = "save-model",
      commandLineParamSynopsis = "-save-model <file>", displayOrder = 5)
  public String getSaveModel() {
    return saveModel;
  }

  /** @param v a file, or "" */
  public void setSaveModel(String v) {
    saveModel = v == null ? "" : v.trim();
  }
}
