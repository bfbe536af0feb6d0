package org.dec4j.cli;

import org.dec4j.api.config.Scaling;
import org.dec4j.cli.data.ColumnFitter.Tails;
import org.dec4j.cli.data.InputSchema;
import org.dec4j.cli.data.InputSchema.MissingValues;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import weka.core.Instances;

import java.util.Locale;

/** How a training file's columns become features: the options every training command shares. */
final class InputOptions {
  @Option(names = "--class-column", paramLabel = "NAME", description = "Column holding known classes (left out of"
      + " training; default: a nominal column named 'class').")
  String classColumn;

  @Option(names = "--missing", defaultValue = "impute", paramLabel = "impute|error", converter = MissingConverter.class,
      description = "Missing values: 'impute' (default) replaces a missing number by its column's training median"
          + " and gives a nominal column's missing values a level of their own; 'error' refuses the file naming the"
          + " first one.")
  MissingValues missing = MissingValues.IMPUTE;

  @Option(names = "--tails", defaultValue = "clip", paramLabel = "clip|keep", converter = TailsConverter.class,
      description = "Heavy-tailed numeric columns (values beyond q1 - 3 IQR or q3 + 3 IQR): 'clip' (default) clips"
          + " them to those fences when the data are scaled per column (not for pixel-like data); 'keep' leaves them.")
  Tails tails = Tails.CLIP;

  /**
   * @param raw training instances
   * @param scaling the engine's scaling setting
   * @return the fitted schema
   */
  InputSchema fit(Instances raw, Scaling scaling) {
    return TableReader.fitSchema(raw, classColumn, missing, tails, scaling);
  }

  /** Parses impute|error. */
  static final class MissingConverter implements ITypeConverter<MissingValues> {
    @Override
    public MissingValues convert(String value) {
      return MissingValues.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
  }

  /** Parses clip|keep. */
  static final class TailsConverter implements ITypeConverter<Tails> {
    @Override
    public Tails convert(String value) {
      return Tails.valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
  }
}
