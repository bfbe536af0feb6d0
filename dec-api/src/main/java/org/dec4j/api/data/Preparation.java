package org.dec4j.api.data;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.MissingValues;
import org.dec4j.api.config.Scaling;
import org.dec4j.api.config.Settings;
import org.dec4j.api.config.Tails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the columns of a {@link Table} become an engine's numeric features: fitted once on the training data
 * ({@link #fit}), stored in the model and applied to any table with those columns ({@link #apply}), so the command
 * line, Weka and ELKI prepare the same data the same way and a model from one front-end predicts in another.
 *
 * <ul>
 * <li>A numeric column gives one feature; a missing value takes the training median (setting {@code missing});
 * a heavy-tailed column, with values beyond Tukey's far-out fences q1 - 3 IQR and q3 + 3 IQR (IQR &gt; 0), is
 * clipped to them when the engine's scaling is per column (setting {@code tails}), not for intensity data such as
 * pixels, which keep their values under one global factor.</li>
 * <li>A nominal column gives one 0/1 feature per training level, matched by name, plus one for missing values
 * when the training data had some ({@link ColumnPrep}).</li>
 * <li>The class column, if any, is left out and its labels returned beside the features.</li>
 * </ul>
 * Anything it cannot use (a text or date column, a column without values) is refused with a message naming the
 * column; nothing is dropped silently.
 *
 * @param columns the feature columns, in feature order
 * @param classColumn name of the class column left out, or null
 * @param missing how missing values are handled
 */
public record Preparation(List<ColumnPrep> columns, String classColumn, MissingValues missing) {
  /** The name a nominal class column is found by when none is named. */
  public static final String CLASS = "class";
  private static final String NO_ROWS = "there are no data rows";

  private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

  /** Copies. */
  public Preparation {
    columns = List.copyOf(columns);
  }

  /**
   * A preparation of plain numeric columns (no imputation, no clipping), for models saved without one.
   *
   * @param features column names
   * @param classColumn class column or null
   * @return the preparation
   */
  public static Preparation numeric(List<String> features, String classColumn) {
    List<ColumnPrep> cols = new ArrayList<>();
    for (String f : features) {
      cols.add(ColumnPrep.numeric(f, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }
    return new Preparation(cols, classColumn, MissingValues.ERROR);
  }

  /**
   * The class column of a table: the one named, or else a nominal column named {@value #CLASS} (any case), or
   * none.
   *
   * @param table the data
   * @param requested the name a user gave, or null
   * @return the class column's name, or null
   * @throws IllegalArgumentException if the requested column does not exist (the message lists the columns)
   */
  public static String findClassColumn(Table table, String requested) {
    if (requested != null) {
      if (table.column(requested) == null) {
        throw new IllegalArgumentException("the class column '" + requested + "' is not a column of the data;"
            + " columns: " + String.join(", ", table.names()));
      }
      return requested;
    }
    for (Table.Column c : table.columns()) {
      if (c.kind() == Table.Kind.NOMINAL && c.name().equalsIgnoreCase(CLASS)) {
        return c.name();
      }
    }
    return null;
  }

  /**
   * Fits the preparation with the configuration's {@code missing}, {@code tails} and {@code scaling}.
   *
   * @param table training data
   * @param classColumn the class column to leave out, or null
   * @param config configuration
   * @return the fitted preparation
   */
  public static Preparation fit(Table table, String classColumn, DecConfig config) {
    return fit(table, classColumn, config.get(Settings.MISSING), config.get(Settings.TAILS),
        config.get(Settings.SCALING));
  }

  /**
   * Fits the preparation: checks that every column but the class is numeric or nominal, and fits each column.
   *
   * @param table training data
   * @param classColumn the class column to leave out, or null
   * @param missing how missing values are handled
   * @param tails what to do with heavy-tailed numeric columns
   * @param scaling the engine's scaling (clipping applies only to per-column scaling)
   * @return the fitted preparation
   * @throws IllegalArgumentException naming what cannot be used
   */
  public static Preparation fit(Table table, String classColumn, MissingValues missing, Tails tails,
      Scaling scaling) {
    if (table.rows() == 0) {
      throw new IllegalArgumentException(NO_ROWS);
    }
    List<Table.Column> features = new ArrayList<>();
    for (Table.Column c : table.columns()) {
      if (c.name().equals(classColumn)) {
        continue;
      }
      if (c.kind() == Table.Kind.OTHER) {
        throw new IllegalArgumentException("column '" + c.name() + "' is " + c.typeName() + ": dec4j clusters"
            + " numeric and nominal columns; convert it (a string column to nominal, a date to a number) or remove"
            + " it");
      }
      if (missing == MissingValues.ERROR) {
        firstMissing(c, "");
      }
      ColumnFit.requireFinite(c, table.columns().indexOf(c) + 1);
      features.add(c);
    }
    if (features.isEmpty()) {
      throw new IllegalArgumentException("the data have no feature columns");
    }
    List<ColumnPrep> out = new ArrayList<>();
    List<ColumnFit.Summary> summaries = new ArrayList<>();
    for (Table.Column c : features) {
      double[] v = ColumnFit.present(c);
      if (v.length == 0) {
        throw new IllegalArgumentException("column '" + c.name() + "' has no values at all; remove it");
      }
      ColumnFit.Summary s = ColumnFit.Summary.of(v);
      summaries.add(s);
      boolean impute = missing == MissingValues.IMPUTE;
      if (c.kind() == Table.Kind.NOMINAL) {
        out.add(ColumnPrep.nominal(c.name(), c.levels(), impute && s.count() < table.rows()));
      } else {
        out.add(ColumnPrep.numeric(c.name(), impute ? s.median() : Double.NaN, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY));
      }
    }
    if (tails == Tails.CLIP && ColumnFit.perColumnScaling(out, summaries, scaling)) {
      for (int c = 0; c < out.size(); c++) {
        out.set(c, ColumnFit.clipIfHeavy(out.get(c), summaries.get(c)));
      }
    }
    return new Preparation(out, classColumn, missing);
  }

  /** @return the feature names, in the order the model expects */
  public List<String> features() {
    List<String> out = new ArrayList<>();
    for (ColumnPrep c : columns) {
      out.addAll(c.featureNames());
    }
    return out;
  }

  /**
   * Applies the preparation: finds the columns by name, encodes nominal values by name (so their order in the
   * data does not matter), imputes and clips as fitted.
   *
   * @param table data with the training columns (in any order; others are ignored)
   * @return the features and, if the table has the class column, its labels; notes say what was done
   * @throws IllegalArgumentException if a column is absent or of another type, or a value is missing where that
   *     is refused
   */
  public PreparedData apply(Table table) {
    if (table.rows() == 0) {
      throw new IllegalArgumentException(NO_ROWS);
    }
    int n = table.rows();
    List<String> names = features();
    int d = names.size();
    float[] x = new float[n * d];
    List<String> notes = new ArrayList<>();
    int offset = 0;
    int plain = 0;
    for (ColumnPrep col : columns) {
      Table.Column c = table.column(col.name());
      if (c == null) {
        throw new IllegalArgumentException("the data have no column '" + col.name() + "', which the model was"
            + " trained on");
      }
      boolean nominal = col.kind() == ColumnPrep.Kind.NOMINAL;
      if (c.kind() != (nominal ? Table.Kind.NOMINAL : Table.Kind.NUMERIC)) {
        throw new IllegalArgumentException("column '" + c.name() + "' is " + c.typeName() + " here but was "
            + (nominal ? "nominal" : "numeric") + " in training");
      }
      if (missing == MissingValues.ERROR) {
        firstMissing(c, " (missing ERROR)");
      }
      ColumnFit.requireFinite(c, table.columns().indexOf(c) + 1);
      String happened = col.encode(c, x, d, offset);
      if (nominal || col.clipped() || !happened.isEmpty()) {
        notes.add("column '" + col.name() + "': " + col.describe() + happened);
      } else {
        plain++;
      }
      offset += col.width();
    }
    if (plain > 0) {
      notes.add(0, plain + (plain == columns.size() ? " (all)" : "") + " numeric columns used as they are"
          + " (before the engine's scaling)");
    }
    return new PreparedData(FloatMatrix.adopt(n, d, x).withColumnNames(names), labels(table), notes);
  }

  private Optional<PreparedData.ClassLabels> labels(Table table) {
    Table.Column cls = classColumn == null ? null : table.column(classColumn);
    if (cls == null) {
      return Optional.empty();
    }
    int[] labels = new int[table.rows()];
    List<String> names = new ArrayList<>();
    Map<String, Integer> byName = new LinkedHashMap<>();
    for (String level : cls.levels()) {
      byName.put(level, names.size());
      names.add(level);
    }
    for (int i = 0; i < labels.length; i++) {
      String v = cls.text(i);
      if (v == null) {
        labels[i] = -1;
        continue;
      }
      Integer idx = byName.get(v);
      if (idx == null) {
        idx = byName.size();
        byName.put(v, idx);
        names.add(v);
      }
      labels[i] = idx;
    }
    return Optional.of(new PreparedData.ClassLabels(classColumn, labels, names));
  }

  /** Refuses an infinite number, naming its row (from 0) and column (from 1). */
  private static void firstMissing(Table.Column c, String why) {
    int count = 0;
    int first = -1;
    for (int i = 0; i < c.rows(); i++) {
      if (c.missing(i)) {
        first = first < 0 ? i : first;
        count++;
      }
    }
    if (first >= 0) {
      throw new IllegalArgumentException("row " + first + ", column '" + c.name() + "' is missing (" + count
          + " missing in that column)" + why + "; to impute instead, set missing to IMPUTE (numbers: the column's"
          + " training median; nominal values: a level of their own), or clean the data");
    }
  }

  /** @return as JSON */
  public String toJson() {
    return GSON.toJson(this);
  }

  /**
   * @param json JSON from {@link #toJson()} (also the command line's input schema of format version 1, which has
   *     the same fields)
   * @return the preparation
   * @throws IllegalArgumentException if unreadable
   */
  public static Preparation fromJson(String json) {
    try {
      Preparation s = GSON.fromJson(json, Preparation.class);
      if (s == null || s.columns() == null || s.missing() == null
          || s.columns().stream().anyMatch(c -> c == null || c.name() == null || c.kind() == null)) {
        throw new IllegalArgumentException("incomplete data preparation");
      }
      return new Preparation(s.columns(), s.classColumn(), s.missing());
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("unreadable data preparation: " + e.getMessage(), e);
    }
  }
}
