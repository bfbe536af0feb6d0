package org.dec4j.api.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How one input column becomes feature columns, fitted once on the training file and stored in the model.
 *
 * <ul>
 * <li>A numeric column gives one feature: a missing value is replaced by the training median {@code impute};
 * values outside [{@code clipLow}, {@code clipHigh}] are clipped to it (the Tukey far-out fences
 * q1 - 3 IQR and q3 + 3 IQR of a heavy-tailed column, infinite when the column is not clipped).</li>
 * <li>A nominal column gives one 0/1 feature per training level ({@code name=level}), plus
 * {@code name=?} when the training file had missing values there and they are imputed: a missing value is
 * its own level. A level not seen in training, or a missing value in a column without that level, sets every
 * one of the column's features to 0 (counted and reported).</li>
 * </ul>
 *
 * @param name column name in the data
 * @param kind numeric or nominal
 * @param impute numeric: the value that replaces a missing one (the training median), NaN when not imputed
 * @param clipLow numeric: lower clip bound (-inf for none)
 * @param clipHigh numeric: upper clip bound (+inf for none)
 * @param levels nominal: the training levels in feature order
 * @param missingLevel nominal: whether missing values have their own feature
 */
public record ColumnPrep(String name, Kind kind, double impute, double clipLow, double clipHigh, List<String> levels,
    boolean missingLevel) {
  /** Name suffix of a nominal column's "missing" feature. */
  public static final String MISSING_LEVEL = "?";

  /** Column kinds. */
  public enum Kind {
    /** A number. */
    NUMERIC,
    /** One of a set of labels. */
    NOMINAL
  }

  /** Copies. */
  public ColumnPrep {
    levels = levels == null ? List.of() : List.copyOf(levels);
  }

  /**
   * @param name column name
   * @param impute median, or NaN
   * @param clipLow lower bound or -inf
   * @param clipHigh upper bound or +inf
   * @return a numeric column
   */
  public static ColumnPrep numeric(String name, double impute, double clipLow, double clipHigh) {
    return new ColumnPrep(name, Kind.NUMERIC, impute, clipLow, clipHigh, List.of(), false);
  }

  /**
   * @param name column name
   * @param levels training levels
   * @param missingLevel whether missing values get their own feature
   * @return a nominal column
   */
  public static ColumnPrep nominal(String name, List<String> levels, boolean missingLevel) {
    return new ColumnPrep(name, Kind.NOMINAL, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        levels, missingLevel);
  }

  /** @return number of features this column gives */
  public int width() {
    return kind == Kind.NUMERIC ? 1 : levels.size() + (missingLevel ? 1 : 0);
  }

  /** @return names of the features, in order */
  public List<String> featureNames() {
    if (kind == Kind.NUMERIC) {
      return List.of(name);
    }
    List<String> out = new ArrayList<>();
    for (String l : levels) {
      out.add(name + "=" + l);
    }
    if (missingLevel) {
      out.add(name + "=" + MISSING_LEVEL);
    }
    return out;
  }

  /** @return whether values are clipped */
  public boolean clipped() {
    return clipLow > Double.NEGATIVE_INFINITY || clipHigh < Double.POSITIVE_INFINITY;
  }

  /**
   * Encodes a numeric value (not missing).
   *
   * @param v the value
   * @return the clipped value
   */
  public double clip(double v) {
    return Math.max(clipLow, Math.min(clipHigh, v));
  }

  /**
   * @param level a nominal value, or null for missing
   * @return its feature offset within this column, or -1 (all features 0)
   */
  public int levelIndex(String level) {
    if (level == null) {
      return missingLevel ? levels.size() : -1;
    }
    return levels.indexOf(level);
  }

  /** @return what was done to the column, in words */
  public String describe() {
    if (kind == Kind.NOMINAL) {
      return String.format(Locale.ROOT, "nominal, %d levels -> %d 0/1 features%s", levels.size(), width(),
          missingLevel ? " (missing values are their own level '" + name + "=" + MISSING_LEVEL + "')" : "");
    }
    StringBuilder s = new StringBuilder("numeric");
    if (!Double.isNaN(impute)) {
      s.append(String.format(Locale.ROOT, ", missing -> median %.6g", impute));
    }
    if (clipped()) {
      s.append(String.format(Locale.ROOT, ", heavy-tailed: clipped to [%.6g, %.6g] (q1 - 3 IQR, q3 + 3 IQR)",
          clipLow, clipHigh));
    }
    return s.toString();
  }

  /**
   * Writes this column's features into a row-major matrix.
   *
   * @param c the column in the data at hand (of the kind this preparation was fitted on)
   * @param x row-major features, d per row
   * @param d features per row
   * @param offset this column's first feature
   * @return what happened on these data, in words (counts of imputed, clipped and unseen values), or ""
   */
  String encode(Table.Column c, float[] x, int d, int offset) {
    int imputed = 0;
    int clipped = 0;
    int unseen = 0;
    for (int i = 0; i < c.rows(); i++) {
      boolean missing = c.missing(i);
      if (kind == ColumnPrep.Kind.NOMINAL) {
        int level = levelIndex(missing ? null : c.levels().get(c.codes()[i]));
        if (level >= 0) {
          x[i * d + offset + level] = 1f;
          imputed += missing ? 1 : 0;
        } else {
          unseen++;
        }
      } else if (missing) {
        if (Double.isNaN(impute)) {
          throw new IllegalArgumentException("row " + i + ", column '" + c.name() + "' is missing, and the"
              + " column had no missing values in training; impute it or clean the data");
        }
        x[i * d + offset] = (float) impute;
        imputed++;
      } else {
        double v = c.numbers()[i];
        double clip = clip(v);
        clipped += clip != v ? 1 : 0;
        x[i * d + offset] = (float) clip;
      }
    }
    StringBuilder s = new StringBuilder();
    if (imputed > 0) {
      s.append("; ").append(imputed).append(" missing imputed");
    }
    if (clipped > 0) {
      s.append("; ").append(clipped).append(" values clipped");
    }
    if (unseen > 0) {
      s.append("; ").append(unseen).append(" rows with a value not seen in training or missing: all its 0/1"
          + " features 0");
    }
    return s.toString();
  }
}
