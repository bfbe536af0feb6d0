package org.dec4j.cli.data;

import weka.core.Attribute;
import weka.core.Instances;

import java.util.Locale;

/** Writes one input column's features into a row-major matrix as its {@link ColumnPrep} says. */
final class ColumnEncoder {
  private ColumnEncoder() {
  }

  /**
   * @param data instances
   * @param att the column in this file
   * @param col its fitted preparation
   * @param x row-major features, d per row
   * @param d features per row
   * @param offset the column's first feature
   * @return what happened on this file, in words (counts of imputed, clipped and unseen values), or ""
   */
  static String encode(Instances data, Attribute att, ColumnPrep col, float[] x, int d, int offset) {
    int imputed = 0;
    int clipped = 0;
    int unseen = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      boolean missing = data.instance(i).isMissing(att);
      if (col.kind() == ColumnPrep.Kind.NOMINAL) {
        int level = col.levelIndex(missing ? null : data.instance(i).stringValue(att));
        if (level >= 0) {
          x[i * d + offset + level] = 1f;
          imputed += missing ? 1 : 0;
        } else {
          unseen++;
        }
      } else if (missing) {
        if (Double.isNaN(col.impute())) {
          throw new IllegalArgumentException("row " + i + ", column '" + att.name() + "' is missing, and the"
              + " column had no missing values in training; impute it or clean the file");
        }
        x[i * d + offset] = (float) col.impute();
        imputed++;
      } else {
        double v = data.instance(i).value(att);
        double c = col.clip(v);
        clipped += c != v ? 1 : 0;
        x[i * d + offset] = (float) c;
      }
    }
    StringBuilder s = new StringBuilder();
    if (imputed > 0) {
      s.append(String.format(Locale.ROOT, "; %d missing imputed", imputed));
    }
    if (clipped > 0) {
      s.append(String.format(Locale.ROOT, "; %d values clipped", clipped));
    }
    if (unseen > 0) {
      s.append(String.format(Locale.ROOT, "; %d rows with a value not seen in training or missing: all its 0/1"
          + " features 0", unseen));
    }
    return s.toString();
  }
}
