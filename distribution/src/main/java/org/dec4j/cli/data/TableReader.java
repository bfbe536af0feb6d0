package org.dec4j.cli.data;

import org.dec4j.api.config.Scaling;
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
   * Prepares training data with the defaults: missing values imputed, heavy tails clipped, AUTO scaling.
   *
   * @param data instances from {@link #load}
   * @param classColumn name of the class column, or null for a nominal attribute named "class" if any
   * @param missing how to handle missing values
   * @return the schema fitted on the data
   */
  public static InputSchema fitSchema(Instances data, String classColumn, MissingValues missing) {
    return fitSchema(data, classColumn, missing, ColumnFitter.Tails.CLIP, Scaling.AUTO);
  }

  /**
   * Prepares training data: finds the class column, checks every other column is numeric or nominal, and fits
   * each column's preparation ({@link ColumnFitter}).
   *
   * @param data instances from {@link #load}
   * @param classColumn name of the class column, or null for a nominal attribute named "class" if any
   * @param missing how to handle missing values
   * @param tails what to do with heavy-tailed numeric columns
   * @param scaling the engine's scaling setting (clipping applies only to per-column scaling)
   * @return the schema fitted on the data
   */
  public static InputSchema fitSchema(Instances data, String classColumn, MissingValues missing,
      ColumnFitter.Tails tails, Scaling scaling) {
    if (data.numInstances() == 0) {
      throw new IllegalArgumentException("the file has no data rows");
    }
    Attribute cls = findClass(data, classColumn);
    List<Attribute> features = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute att = data.attribute(a);
      if (att == cls) {
        continue;
      }
      if (!(att.isNumeric() || att.isNominal()) || att.isDate()) {
        throw new IllegalArgumentException("column '" + att.name() + "' is " + Attribute.typeToString(att)
            + ": dec4j clusters numeric and nominal columns; convert it (a string column to nominal, a date to a"
            + " number) or remove it");
      }
      features.add(att);
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException("the file has no feature columns");
    }
    if (missing == MissingValues.ERROR) {
      for (Attribute att : features) {
        firstMissing(data, att, "");
      }
    }
    return new InputSchema(ColumnFitter.fit(data, features, missing, tails, scaling),
        cls == null ? null : cls.name(), missing);
  }

  /**
   * Applies a schema: finds the columns by name, encodes nominal values by name (so their order in the file does
   * not matter), imputes and clips as fitted.
   *
   * @param data instances
   * @param schema schema fitted on training data
   * @return features and, if the file has the class column, labels; notes say what was done to each column
   */
  public static LabelledData apply(Instances data, InputSchema schema) {
    if (data.numInstances() == 0) {
      throw new IllegalArgumentException("the file has no data rows");
    }
    int n = data.numInstances();
    List<String> names = schema.features();
    int d = names.size();
    float[] x = new float[n * d];
    List<String> notes = new ArrayList<>();
    int offset = 0;
    int plain = 0;
    for (ColumnPrep col : schema.columns()) {
      Attribute att = data.attribute(col.name());
      if (att == null) {
        throw new IllegalArgumentException("the file has no column '" + col.name() + "', which the model was"
            + " trained on");
      }
      boolean nominal = col.kind() == ColumnPrep.Kind.NOMINAL;
      if (nominal ? !att.isNominal() : !att.isNumeric() || att.isDate()) {
        throw new IllegalArgumentException("column '" + att.name() + "' is " + Attribute.typeToString(att)
            + " here but was " + (nominal ? "nominal" : "numeric") + " in training");
      }
      if (schema.missing() == MissingValues.ERROR) {
        firstMissing(data, att, " (--missing error)");
      }
      String happened = ColumnEncoder.encode(data, att, col, x, d, offset);
      if (nominal || col.clipped() || !happened.isEmpty()) {
        notes.add("column '" + col.name() + "': " + col.describe() + happened);
      } else {
        plain++;
      }
      offset += col.width();
    }
    if (plain > 0) {
      notes.add(0, plain + (plain == schema.columns().size() ? " (all)" : "") + " numeric columns used as they are"
          + " (before the engine's scaling)");
    }
    FloatMatrix features = FloatMatrix.of(n, d, x, names);
    return new LabelledData(features, labels(data, schema.classColumn()), notes);
  }

  private static void firstMissing(Instances data, Attribute att, String why) {
    for (int i = 0; i < data.numInstances(); i++) {
      if (data.instance(i).isMissing(att)) {
        throw new IllegalArgumentException("row " + i + ", column '" + att.name() + "' is missing ("
            + countMissing(data, att.index()) + " missing in that column)" + why + "; leave out --missing error to"
            + " impute (numbers: the column's training median; nominal values: a level of their own), or clean"
            + " the file");
      }
    }
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

  private static int countMissing(Instances data, int att) {
    int c = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (data.instance(i).isMissing(att)) {
        c++;
      }
    }
    return c;
  }
}
