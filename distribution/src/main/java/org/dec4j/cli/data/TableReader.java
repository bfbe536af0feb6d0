package org.dec4j.cli.data;

import org.dec4j.api.data.FloatMatrix;
import org.dec4j.cli.data.InputSchema.MissingValues;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads ARFF, gzip'd ARFF and CSV files (header row) with Weka's loaders and turns them into numeric features.
 * The class column (a nominal attribute named "class", or the one named by the user) is kept apart and never
 * used for training. Anything the tool cannot use is refused with a message naming the column and row; nothing
 * is dropped silently.
 */
public final class TableReader {
  private TableReader() {
  }

  /**
   * Reads a file with Weka.
   *
   * @param file ARFF, ARFF.gz or CSV
   * @return the instances
   * @throws IOException if missing or unreadable
   */
  public static Instances load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such input file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!(name.endsWith(".arff") || name.endsWith(".arff.gz") || name.endsWith(".csv"))) {
      throw new IOException("cannot read " + file + ": expected a .arff, .arff.gz or .csv file");
    }
    try {
      Instances data = new DataSource(file.toString()).getDataSet();
      if (data == null) {
        throw new IOException("cannot read " + file + ": no data found");
      }
      return data;
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (Exception e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Prepares training data: finds the class column, checks every other column is numeric, fits the handling
   * of missing values.
   *
   * @param data instances from {@link #load}
   * @param classColumn name of the class column, or null for a nominal attribute named "class" if any
   * @param missing how to handle missing values
   * @return the schema fitted on the data
   */
  public static InputSchema fitSchema(Instances data, String classColumn, MissingValues missing) {
    if (data.numInstances() == 0) {
      throw new IllegalArgumentException("the file has no data rows");
    }
    Attribute cls = findClass(data, classColumn);
    List<String> features = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute att = data.attribute(a);
      if (att == cls) {
        continue;
      }
      if (!att.isNumeric() || att.isDate()) {
        throw new IllegalArgumentException("column '" + att.name() + "' is " + Attribute.typeToString(att)
            + (att.isNominal() ? " " + values(att) : "") + ": dec4j clusters numeric columns; convert it to numbers"
            + " (for a nominal column, one 0/1 column per value) or remove it"
            + (att.isNominal() ? ", or name it with --class-column if it holds the labels" : ""));
      }
      features.add(att.name());
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException("the file has no numeric feature columns");
    }
    double[] impute = null;
    if (missing == MissingValues.IMPUTE) {
      impute = new double[features.size()];
      for (int f = 0; f < features.size(); f++) {
        impute[f] = median(data, data.attribute(features.get(f)));
      }
    }
    return new InputSchema(features, cls == null ? null : cls.name(), missing, impute);
  }

  /**
   * Applies a schema: selects and orders the feature columns by name and handles missing values.
   *
   * @param data instances
   * @param schema schema fitted on training data
   * @return features and, if the file has the class column, labels
   */
  public static LabelledData apply(Instances data, InputSchema schema) {
    if (data.numInstances() == 0) {
      throw new IllegalArgumentException("the file has no data rows");
    }
    int n = data.numInstances();
    int d = schema.features().size();
    int[] index = new int[d];
    for (int f = 0; f < d; f++) {
      Attribute att = data.attribute(schema.features().get(f));
      if (att == null) {
        throw new IllegalArgumentException("the file has no column '" + schema.features().get(f)
            + "', which the model was trained on");
      }
      if (!att.isNumeric() || att.isDate()) {
        throw new IllegalArgumentException("column '" + att.name() + "' is " + Attribute.typeToString(att)
            + " here but was numeric in training");
      }
      index[f] = att.index();
    }
    List<String> notes = new ArrayList<>();
    float[] x = new float[n * d];
    double[] impute = schema.imputeValues();
    int[] imputed = new int[d];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < d; f++) {
        if (data.instance(i).isMissing(index[f])) {
          if (schema.missing() == MissingValues.ERROR) {
            throw new IllegalArgumentException("row " + i + ", column '" + schema.features().get(f) + "' is missing ("
                + countMissing(data, index[f]) + " missing in that column); pass --missing impute to replace missing"
                + " numbers by the column's training median, or clean the file");
          }
          x[i * d + f] = (float) impute[f];
          imputed[f]++;
        } else {
          x[i * d + f] = (float) data.instance(i).value(index[f]);
        }
      }
    }
    for (int f = 0; f < d; f++) {
      if (imputed[f] > 0) {
        notes.add(String.format(Locale.ROOT, "column '%s': %d missing values replaced by the training median %.6g",
            schema.features().get(f), imputed[f], impute[f]));
      }
    }
    FloatMatrix features = FloatMatrix.of(n, d, x, schema.features());
    return new LabelledData(features, labels(data, schema.classColumn()), notes);
  }

  private static Optional<LabelledData.ClassLabels> labels(Instances data, String classColumn) {
    if (classColumn == null || data.attribute(classColumn) == null) {
      return Optional.empty();
    }
    Attribute cls = data.attribute(classColumn);
    int[] labels = new int[data.numInstances()];
    List<String> names = new ArrayList<>();
    java.util.Map<String, Integer> byName = new java.util.LinkedHashMap<>();
    if (cls.isNominal()) {
      for (int v = 0; v < cls.numValues(); v++) {
        byName.put(cls.value(v), v);
        names.add(cls.value(v));
      }
    }
    for (int i = 0; i < labels.length; i++) {
      if (data.instance(i).isMissing(cls)) {
        labels[i] = -1;
        continue;
      }
      String v = cls.isNominal() || cls.isString() ? data.instance(i).stringValue(cls)
          : stripZero(data.instance(i).value(cls));
      Integer idx = byName.get(v);
      if (idx == null) {
        idx = byName.size();
        byName.put(v, idx);
        names.add(v);
      }
      labels[i] = idx;
    }
    return Optional.of(new LabelledData.ClassLabels(classColumn, labels, names));
  }

  private static String stripZero(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private static Attribute findClass(Instances data, String classColumn) {
    if (classColumn != null) {
      Attribute a = data.attribute(classColumn);
      if (a == null) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.numAttributes(); i++) {
          names.add(data.attribute(i).name());
        }
        throw new IllegalArgumentException("--class-column '" + classColumn + "' is not a column of the file; columns: "
            + String.join(", ", names));
      }
      return a;
    }
    for (int i = 0; i < data.numAttributes(); i++) {
      Attribute a = data.attribute(i);
      if (a.isNominal() && a.name().equalsIgnoreCase("class")) {
        return a;
      }
    }
    return null;
  }

  private static String values(Attribute att) {
    List<String> v = new ArrayList<>();
    for (int i = 0; i < Math.min(att.numValues(), 6); i++) {
      v.add(att.value(i));
    }
    return "{" + String.join(",", v) + (att.numValues() > 6 ? ",..." : "") + "}";
  }

  private static int countMissing(Instances data, int att) {
    int c = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (data.instance(i).isMissing(att)) {
        c++;
      }
    }
    return c;
  }

  private static double median(Instances data, Attribute att) {
    double[] v = new double[data.numInstances()];
    int m = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).isMissing(att)) {
        v[m++] = data.instance(i).value(att);
      }
    }
    if (m == 0) {
      throw new IllegalArgumentException("column '" + att.name() + "' has no values at all; remove it");
    }
    double[] s = Arrays.copyOf(v, m);
    Arrays.sort(s);
    return m % 2 == 1 ? s[m / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
  }
}
