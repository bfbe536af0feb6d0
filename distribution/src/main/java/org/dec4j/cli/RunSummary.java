package org.dec4j.cli;

import org.dec4j.api.model.ClusterModel;
import org.dec4j.api.model.TrainingSummary;
import org.dec4j.cli.data.LabelledData;
import org.dec4j.cli.eval.ExternalMeasures;

import java.io.PrintStream;
import java.util.Locale;

/** The summary a command prints on stdout after clustering or predicting. */
final class RunSummary {
  private RunSummary() {
  }

  static void data(PrintStream out, String file, LabelledData data) {
    out.printf(Locale.ROOT, "data: %s, %d rows x %d feature columns%s%n", file, data.features().rows(),
        data.features().cols(), data.classes().map(c -> ", class column '" + c.column() + "' (" + c.names().size()
            + " classes) not used for training").orElse(", no class column"));
    for (String note : data.notes()) {
      out.println("  " + note);
    }
  }

  static void training(PrintStream out, ClusterModel model) {
    TrainingSummary s = model.summary();
    out.printf(Locale.ROOT, "engine: %s, k=%d, latent %d, seed %d%n", model.engineName(), model.k(),
        model.latentDimension(), model.config().seed());
    out.printf(Locale.ROOT, "pretraining: %d steps, reconstruction MSE %.5f, %.1f s%n", s.pretrainSteps(),
        s.pretrainLoss(), s.pretrainSeconds());
    out.printf(Locale.ROOT, "initialisation: k-means++ (%d restarts), inertia %.4g, %.1f s%n",
        model.config().kmeansRestarts(), s.kmeansInertia(), s.initSeconds());
    out.printf(Locale.ROOT, "refinement: %d batches, %s, final KL %.4f, %.1f s%n", s.refineIterations(),
        s.stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' '), s.finalLoss(), s.refineSeconds());
    for (String w : s.warnings()) {
      out.println("warning: " + w);
    }
    out.printf(Locale.ROOT, "total training time: %.1f s%n", s.totalSeconds());
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

  static void measures(PrintStream out, LabelledData data, int[] labels) {
    data.classes().ifPresent(c -> {
      ExternalMeasures m = ExternalMeasures.of(labels, c.labels());
      out.printf(Locale.ROOT, "against class column '%s' (%d rows): ACC %.4f  NMI %.4f  ARI %.4f%n", c.column(),
          m.rows(), m.accuracy(), m.nmi(), m.ari());
    });
  }
}
