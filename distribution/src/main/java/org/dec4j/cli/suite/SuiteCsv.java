package org.dec4j.cli.suite;

import org.dec4j.api.model.ClusteringEffect;
import org.dec4j.cli.compare.Stats;
import org.dec4j.cli.eval.ExternalMeasures;
import org.dec4j.cli.report.Csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The suite's CSV files: {@code suite.csv}, a row per run, and {@code summary.csv}, one per data set and method. */
final class SuiteCsv {
  /** Columns of {@code suite.csv}. */
  static final String RUNS_HEADER = "data_set,rows,features,k,class_column,method,engine,seed,acc,nmi,ari,"
      + "smallest_share,seconds,peak_mb,changed_share,silhouette_before,silhouette_after,error";
  /** Columns of {@code summary.csv}. */
  static final String SUMMARY_HEADER = "data_set,rows,features,k,class_column,method,engine,runs,failures,"
      + "acc_mean,acc_sd,nmi_mean,nmi_sd,ari_mean,ari_sd,smallest_share_min,seconds_mean,seconds_sd,peak_mb_max,"
      + "changed_share_mean,silhouette_before_mean,silhouette_after_mean,error";

  private SuiteCsv() {
  }

  /**
   * @param runs the runs
   * @return {@code suite.csv}
   */
  static String runs(List<SuiteRun> runs) {
    StringBuilder b = new StringBuilder(RUNS_HEADER).append('\n');
    for (SuiteRun r : runs) {
      List<String> cells = start(r.set(), r.method(), r.engine());
      ExternalMeasures ext = r.external();
      ClusteringEffect effect = r.effect();
      cells.addAll(List.of(Long.toString(r.seed()), cell(ext, ExternalMeasures::accuracy),
          cell(ext, ExternalMeasures::nmi), cell(ext, ExternalMeasures::ari), Csv.num(r.smallestShare()),
          Csv.num(r.seconds()), Csv.num(r.peakMegabytes()), cell(effect, ClusteringEffect::changedShare),
          cell(effect, ClusteringEffect::silhouetteBefore), cell(effect, ClusteringEffect::silhouetteAfter),
          Csv.text(r.error())));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  /**
   * @param rows the summaries
   * @return {@code summary.csv}
   */
  static String summaries(List<SuiteSummary> rows) {
    StringBuilder b = new StringBuilder(SUMMARY_HEADER).append('\n');
    for (SuiteSummary s : rows) {
      List<String> cells = start(s.set(), s.method(), s.engine());
      cells.add(Integer.toString(s.runs()));
      cells.add(Integer.toString(s.failures()));
      for (Stats st : List.of(s.acc(), s.nmi(), s.ari())) {
        cells.add(Csv.num(st.mean()));
        cells.add(Csv.num(st.sd()));
      }
      cells.addAll(List.of(Csv.num(s.smallestShare()), Csv.num(s.seconds().mean()), Csv.num(s.seconds().sd()),
          Csv.num(s.peakMegabytes()), Csv.num(s.changedShare().mean()), Csv.num(s.silhouetteBefore().mean()),
          Csv.num(s.silhouetteAfter().mean()), Csv.text(s.firstError())));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  private static List<String> start(DataSetInfo s, String method, boolean engine) {
    return new ArrayList<>(List.of(Csv.text(s.name()), Integer.toString(s.rows()),
        s.features() < 0 ? "" : Integer.toString(s.features()), Integer.toString(s.k()), Csv.text(s.classColumn()),
        Csv.text(method), Boolean.toString(engine)));
  }

  private static <T> String cell(T measured, ToDoubleFunction<T> measure) {
    return measured == null ? "" : Csv.num(measure.applyAsDouble(measured));
  }
}
