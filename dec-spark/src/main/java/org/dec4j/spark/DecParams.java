package org.dec4j.spark;

import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Setting;
import org.dec4j.api.config.Settings;
import scala.runtime.AbstractFunction1;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Spark ML params of one {@link DecClustering} or {@link DecClusteringModel}: MLlib's column params
 * ({@code featuresCol}, {@code predictionCol}, {@code probabilityCol}), the number of clusters {@code k}, the size
 * of the fitting sample {@code fitSampleRows}, and one param per dec4j setting, built from the one declaration in
 * {@link Settings}. A setting's param is named by its bean property ({@code max-iter} is {@code maxIter},
 * {@code seed} is {@code seed}, {@code tol} is {@code tol}: MLlib's names), typed as the setting is where Spark has
 * that type (whole numbers, reals, flags) and text otherwise (enumerations, layer sizes, and every setting that may
 * be "auto"); its default is the declaration's and its validator the declaration's rule.
 *
 * <p>Spark lists a stage's params by reflection on its public getters; these are generated, so the stages return
 * {@link #all()} from {@code params()} instead.</p>
 */
final class DecParams implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Default of {@link #fitSampleRows}. */
  static final int DEFAULT_FIT_SAMPLE_ROWS = 100_000;

  final Param<String> featuresCol;
  final Param<String> predictionCol;
  final Param<String> probabilityCol;
  final IntParam k;
  final IntParam fitSampleRows;
  final IntParam localSteps;
  final BooleanParam dataParallel;
  /** Each setting's param, by the setting's name (a {@link Setting} is not serializable; a stage is). */
  private final Map<String, Param<?>> settings = new LinkedHashMap<>();
  private final Param<?>[] all;

  /**
   * Creates the params of one stage and sets their defaults.
   *
   * @param owner the stage
   */
  DecParams(Params owner) {
    featuresCol = new Param<>(owner, DecColumns.FEATURES, "features column name");
    predictionCol = new Param<>(owner, DecColumns.PREDICTION, "prediction column name (the cluster, 0..k-1)");
    probabilityCol = new Param<>(owner, DecColumns.PROBABILITY, "column of the soft assignments q_ij (a vector of k"
        + " values summing to 1)");
    k = new IntParam(owner, "k", "number of clusters (at least 2)", atLeastTwo("k"));
    fitSampleRows = new IntParam(owner, "fitSampleRows", "most rows fitted on the driver: a larger data set is"
        + " fitted on a seeded sample of this many rows (at least 2)", atLeastTwo("fitSampleRows"));
    localSteps = new IntParam(owner, "localSteps", "optimizer steps each partition runs between two averagings of"
        + " a data-parallel fit (at least 1)", new Valid<>(v -> (Integer) v < 1 ? "localSteps must be at least 1 (got "
        + v + ")" : null));
    dataParallel = new BooleanParam(owner, "dataParallel", "train where the rows are, by parameter averaging (dec,"
        + " idec, ae-kmeans); false, or another engine: fit on the driver on at most fitSampleRows rows");
    owner.setDefault(featuresCol, "features");
    owner.setDefault(predictionCol, "prediction");
    owner.setDefault(probabilityCol, "probability");
    owner.setDefault(k, 2);
    owner.setDefault(fitSampleRows, DEFAULT_FIT_SAMPLE_ROWS);
    owner.setDefault(localSteps, SparkEngine.DEFAULT_LOCAL_STEPS);
    owner.setDefault(dataParallel, true);
    List<Param<?>> list = new ArrayList<>(List.of(featuresCol, predictionCol, probabilityCol, k, fitSampleRows,
        localSteps, dataParallel));
    for (Setting<?> s : Settings.all()) {
      Param<?> p = param(owner, s);
      settings.put(s.name(), p);
      list.add(p);
    }
    list.sort(Comparator.comparing(Param::name));
    all = list.toArray(new Param<?>[0]);
  }

  private static Valid<Object> atLeastTwo(String name) {
    return new Valid<>(v -> (Integer) v < 2 ? name + " must be at least 2 (got " + v + ")" : null);
  }

  /** @return every param, sorted by name, as Spark's {@code params()} lists them */
  Param<?>[] all() {
    return all.clone();
  }

  /**
   * @param setting a setting
   * @return its param
   */
  Param<?> of(Setting<?> setting) {
    return settings.get(setting.name());
  }

  private static boolean typed(Setting<?> s) {
    Class<?> t = s.type();
    return !s.automatic() && (t == Integer.class || t == Long.class || t == Double.class || t == Boolean.class);
  }

  @SuppressWarnings({ "unchecked", "rawtypes" })
  private static Param<?> param(Params owner, Setting<?> s) {
    String name = s.propertyName();
    String doc = s.description();
    Param p;
    if (!typed(s)) {
      String setting = s.name();
      p = new Param<String>(owner, name, doc, new Valid<String>(text -> checkText(Settings.byName(setting), text)));
      owner.setDefault(p, s.format(s.defaultValue()));
      return p;
    }
    String setting = s.name();
    Valid valid = new Valid<>(v -> check(Settings.byName(setting), v));
    Class<?> t = s.type();
    p = t == Integer.class ? new IntParam(owner, name, doc, valid) : t == Long.class ? new LongParam(owner, name, doc,
        valid) : t == Double.class ? new DoubleParam(owner, name, doc, valid) : new BooleanParam(owner, name, doc);
    owner.setDefault(p, s.defaultValue());
    return p;
  }

  private static <T> String check(Setting<T> s, Object value) {
    return s.check(s.type().cast(value));
  }

  private static <T> String checkText(Setting<T> s, String text) {
    try {
      return s.check(s.parse(text));
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * Sets a setting from its text, as the command line reads it.
   *
   * @param owner the stage
   * @param name the setting's name ("pretrain-steps") or param name ("pretrainSteps")
   * @param text the value ("200", "auto", "64,32,10")
   * @throws IllegalArgumentException naming the setting if the value is refused or there is no such setting
   */
  @SuppressWarnings({ "unchecked", "rawtypes" })
  void setSetting(Params owner, String name, String text) {
    for (Map.Entry<String, Param<?>> e : settings.entrySet()) {
      Setting<?> s = Settings.byName(e.getKey());
      if (s.name().equals(name) || s.propertyName().equals(name)) {
        String wrong = checkText(s, text);
        if (wrong != null) {
          throw new IllegalArgumentException(wrong);
        }
        owner.set((Param) e.getValue(), typed(s) ? s.parse(text) : text);
        return;
      }
    }
    throw new IllegalArgumentException("no dec4j setting named '" + name + "'");
  }

  /**
   * Sets a setting's value.
   *
   * @param owner the stage
   * @param setting the setting
   * @param value its value
   * @param <T> its type
   * @throws IllegalArgumentException with the declaration's message if refused
   */
  @SuppressWarnings({ "unchecked", "rawtypes" })
  <T> void set(Params owner, Setting<T> setting, T value) {
    String wrong = setting.check(value);
    if (wrong != null) {
      throw new IllegalArgumentException(wrong);
    }
    owner.set((Param) of(setting), typed(setting) ? value : setting.format(value));
  }

  /**
   * @param owner the stage
   * @return the configuration of its params' values
   * @throws IllegalArgumentException with the declaration's message if the values do not form a configuration
   */
  DecConfig config(Params owner) {
    DecConfig.Builder b = DecConfig.builder();
    settings.forEach((s, p) -> put(b, Settings.byName(s), owner.getOrDefault(p)));
    return b.build();
  }

  private static <T> void put(DecConfig.Builder b, Setting<T> s, Object value) {
    if (value instanceof String text) {
      b.parse(s, text);
    } else {
      b.set(s, s.type().cast(value));
    }
  }

  /** A validator from a rule that returns null or what is wrong; a refused value is reported with the message. */
  private static final class Valid<T> extends AbstractFunction1<T, Object> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Rule<T> rule;

    Valid(Rule<T> rule) {
      this.rule = rule;
    }

    @Override
    public Object apply(T value) {
      String wrong = value == null ? "set" : rule.violation(value);
      if (wrong != null) {
        throw new IllegalArgumentException(wrong);
      }
      return Boolean.TRUE;
    }
  }

  /** A rule on a value. */
  private interface Rule<T> extends Serializable {
    String violation(T value);
  }
}
