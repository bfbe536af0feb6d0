package org.dec4j.cli;

import org.dec4j.api.data.PreparedData;
import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.ModelReport;
import org.dec4j.cli.eval.ExternalMeasures;

import java.io.PrintStream;
import java.util.Locale;

/** The summary a command prints on stdout after clustering or predicting. */
final class RunSummary {
  private RunSummary() {
  }

  static void data(PrintStream out, String file, PreparedData data) {
    out.printf(Locale.ROOT, "data: %s, %d rows x %d feature columns%s%n", file, data.features().rows(),
        data.features().cols(), data.classes().map(c -> ", class column '" + c.column() + "' (" + c.names().size()
            + " classes) not used for training").orElse(", no class column"));
    for (String note : data.notes()) {
      out.println("  " + note);
    }
  }

  static void training(PrintStream out, ClusterModel model) {
    out.print(ModelReport.text(model));
  }

  static void clusters(PrintStream out, int[] labels, int k) {
    int[] sizes = new int[k];
    for (int l : labels) {
      sizes[l]++;
    }
    StringBuilder b = new StringBuilder("cluster sizes:");
    for (int j = 0; j < k; j++) {
      b.append(' ').append(j).append(':').append(sizes[j]);
    }
    out.println(b);
  }

  static void measures(PrintStream out, PreparedData data, int[] labels) {
    data.classes().ifPresent(c -> {
      ExternalMeasures m = ExternalMeasures.of(labels, c.labels());
      out.printf(Locale.ROOT, "against class column '%s' (%d rows): ACC %.4f  NMI %.4f  ARI %.4f%n", c.column(),
          m.rows(), m.accuracy(), m.nmi(), m.ari());
    });
  }
}
