package org.dec4j.cli;

import org.dec4j.api.config.AutoRecipe;
import org.dec4j.api.config.DecConfig;
import org.dec4j.api.config.Pretraining;
import org.dec4j.api.config.Settings;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.api.data.Preparation;
import org.dec4j.api.data.PreparedData;
import org.dec4j.api.data.Table;
import org.dec4j.api.engine.Engines;
import org.dec4j.api.engine.GemmBenchmark;
import org.dec4j.api.model.FitResult;
import org.dec4j.api.pipeline.TableClusterer;
import org.dec4j.api.progress.CancellationToken;
import org.dec4j.api.progress.Phase;
import org.dec4j.api.progress.StepProfile;
import org.dec4j.api.progress.TrainingListener;
import org.dec4j.cli.data.TableReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * {@code dec bench}: autoencoder pretraining throughput through the engine (the samples/s it reports, median
 * after a warm-up) and the prediction rate of the model it trained, optionally interleaved with the PyTorch
 * baseline {@code bench/ae_torch.py} (dec4j, PyTorch, dec4j, PyTorch, ...: the ratio of each pair and their
 * median, so that a drift of the machine's speed cancels), and optionally the end-to-end wall time of a full
 * clustering run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, description = {
    "Measures autoencoder pretraining throughput (samples/s) with the configured network and batch size,",
    "beside the PyTorch baseline bench/ae_torch.py when --baseline is given (needs python3 with torch)." })
final class BenchCommand extends TrainingCommand {
  @Option(names = "--input", defaultValue = "data/mnist10k.arff.gz", paramLabel = "FILE",
      description = "Data file (default ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--steps", defaultValue = "400", description = "Pretraining steps to time (default"
      + " ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--baseline", description = "Also run the PyTorch baseline (bench/ae_torch.py) on the same data,"
      + " interleaved with dec4j: --pairs rounds of dec4j then PyTorch, the ratio of each pair and their median.")
  boolean baseline;

  @Option(names = "--pairs", defaultValue = "4", paramLabel = "N", description = "Rounds of dec4j then PyTorch with"
      + " --baseline (default ${DEFAULT-VALUE}), so that a drift of the machine's speed cancels in each pair's ratio.")
  int pairs;

  @Option(names = "--profile", description = "Also print where a pretraining step's time goes, and the refinement"
      + " steps per second of dec, idec, dcn and dac with the profile of DEC's refinement step (--refine-steps each).")
  boolean profile;

  @Option(names = "--refine-steps", defaultValue = "420", paramLabel = "N", description = "Refinement steps each"
      + " engine runs with --profile (default ${DEFAULT-VALUE}).")
  int refineSteps;

  @Option(names = "--full", paramLabel = "K", description = "Also time a full clustering run with K clusters and the"
      + " default configuration (the end-to-end wall time of 'dec cluster').")
  Integer fullK;

  /** Every dec4j run's interval shares of the ceiling read around them ({@link InterleavedCeiling}). */
  private final List<Double> intervalShares = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    DecConfig given = settings().toConfig();
    if (pairs < 1) {
      throw new IllegalArgumentException("--pairs must be at least 1 (got " + pairs + ")");
    }
    if (baseline) {
      TorchBaseline.check();
    }
    // the class column (a nominal column named 'class') is left out, as cluster leaves it out
    Table table = TableReader.read(input);
    PreparedData data = TableClusterer.prepare(table, Preparation.findClassColumn(table, null), given).data();
    // end to end, so that exactly --steps steps of the whole autoencoder are timed (AUTO would add greedy layers)
    DecConfig cfg = AutoRecipe.resolve(given, data.features().rows(), data.features().cols()).config().toBuilder()
        .set(Settings.PRETRAINING, Pretraining.END_TO_END).set(Settings.PRETRAIN_STEPS, steps)
        .set(Settings.MAX_ITER, 0).set(Settings.KMEANS_RESTARTS, 1).build();
    System.out.printf(Locale.ROOT, "data: %s, %d x %d; network %d-%s, batch %d; OMP_WAIT_POLICY=%s%n", input,
        data.features().rows(), data.features().cols(), data.features().cols(), join(cfg.get(Settings.LAYERS)),
        cfg.get(Settings.BATCH_SIZE), System.getenv("OMP_WAIT_POLICY"));
    List<Double> ratios = new ArrayList<>();
    List<Double> decShares = new ArrayList<>();
    List<Double> torchShares = new ArrayList<>();
    // the ceiling measured before and after each run, its share against the mean of the two: a drift of the
    // machine's speed during the run cancels as far as it is linear
    double ceiling = gemmCeiling(data.features().cols(), cfg);
    for (int pair = 1; pair <= (baseline ? pairs : 1); pair++) {
      double dec4j = timeDec4j(data, cfg, pair == 1);
      double afterDec4j = gemmCeiling(data.features().cols(), cfg);
      decShares.add(dec4j / ((ceiling + afterDec4j) / 2));
      ceiling = afterDec4j;
      if (baseline) {
        double torch = TorchBaseline.run(input, steps, cfg.get(Settings.BATCH_SIZE), join(cfg.get(Settings.LAYERS)));
        double afterTorch = gemmCeiling(data.features().cols(), cfg);
        ratios.add(dec4j / torch);
        torchShares.add(torch / ((ceiling + afterTorch) / 2));
        ceiling = afterTorch;
        System.out.printf(Locale.ROOT, "pair %d: dec4j %.0f samples/s (%.0f%% of the ceiling), PyTorch %.0f samples/s"
            + " (%.0f%%), dec4j / PyTorch = %.2f%n", pair, dec4j, 100 * decShares.get(pair - 1), torch,
            100 * torchShares.get(pair - 1), dec4j / torch);
      }
    }
    if (profile) {
      refinementProfile(data, cfg);
    }
    if (!Double.isNaN(decShares.get(0))) {
      System.out.println("dec4j at " + shareOf(decShares) + " of the GEMM ceiling (the mean of its readings before and"
          + " after each run)");
      if (!intervalShares.isEmpty()) {
        System.out.println("dec4j at " + shareOf(intervalShares) + " of the GEMM ceiling read around each of its"
            + " intervals, all runs");
      }
      if (baseline) {
        System.out.println("PyTorch at " + shareOf(torchShares) + " of it");
      }
    }
    if (baseline) {
      Collections.sort(ratios);
      System.out.printf(Locale.ROOT, "dec4j / PyTorch, median of %d interleaved pairs: %.2f (min %.2f, max %.2f)%n",
          ratios.size(), median(ratios), ratios.get(0), ratios.get(ratios.size() - 1));
    }
    if (fullK != null) {
      long t1 = System.nanoTime();
      FitResult r = Engines.get(given.get(Settings.ENGINE)).fit(data.features(), fullK, given,
          ProgressPrinter.onStderr(), CancellationToken.create());
      System.out.printf(Locale.ROOT, "full clustering run (k=%d, defaults): %.1f s wall%n", fullK,
          (System.nanoTime() - t1) / 1e9);
      RunSummary.training(System.out, r.model());
      RunSummary.measures(System.out, data, r.labels());
    }
    return 0;
  }

  /** One timed pretraining run; the first also times prediction with the model it trained (and profiles). */
  private double timeDec4j(PreparedData data, DecConfig cfg, boolean predict) {
    List<Double> rates = new ArrayList<>();
    StepProfile.reset();
    StepProfile.enable(profile && predict);
    long t0 = System.nanoTime();
    // a copy of the rows for every run, so that the engine pretrains again (it reuses the autoencoder of the last
    // fit on the same data object and settings)
    FloatMatrix rows = data.features().selectRows(java.util.stream.IntStream.range(0, data.features().rows())
        .toArray());
    InterleavedCeiling between = new InterleavedCeiling(ServiceLoader.load(GemmBenchmark.class).findFirst()
        .orElse(null), sizes(data.features().cols(), cfg), cfg.get(Settings.BATCH_SIZE), steps / 5);
    FitResult fit = Engines.get("dec").fit(rows, 2, cfg, between, CancellationToken.create());
    double wall = (System.nanoTime() - t0) / 1e9;
    StepProfile.enable(false);
    if (profile && predict) {
      System.out.println(shares("a pretraining step", fit.model().summary().pretrainSeconds()
          - between.readingSeconds()));
    }
    rates.addAll(between.rates());
    Collections.sort(rates);
    double dec4j = rates.isEmpty() ? Double.NaN : median(rates);
    System.out.printf(Locale.ROOT, "dec4j pretraining: %.0f samples/s (median of %d intervals after warm-up; min %.0f,"
        + " max %.0f); %d steps in %.1f s wall, %.1f s of it reading the ceiling between the intervals%n", dec4j,
        rates.size(), rates.isEmpty() ? Double.NaN : rates.get(0),
        rates.isEmpty() ? Double.NaN : rates.get(rates.size() - 1), steps, wall, between.readingSeconds());
    if (!between.shares().isEmpty()) {
      intervalShares.addAll(between.shares());
      System.out.println("dec4j at " + shareOf(between.shares()) + " of the ceiling read around each interval");
    }
    if (predict) {
      double best = Double.NaN;
      for (int r = 0; r < 3; r++) {
        long t = System.nanoTime();
        fit.model().assign(data.features());
        double rate = data.features().rows() / ((System.nanoTime() - t) / 1e9);
        best = Double.isNaN(best) ? rate : Math.max(best, rate);
      }
      System.out.printf(Locale.ROOT, "predict with the trained model: %.0f rows/s (best of 3 passes over %d rows)%n",
          best, data.features().rows());
    }
    return dec4j;
  }

  /**
   * The GEMM rate of the autoencoder's shapes on the engines' backend ({@link GemmBenchmark}), printed with the
   * samples/s it allows.
   *
   * @return the ceiling in samples/s, or NaN where no backend offers the measurement
   */
  private static double gemmCeiling(int d, DecConfig cfg) {
    GemmBenchmark gemm = ServiceLoader.load(GemmBenchmark.class).findFirst().orElse(null);
    if (gemm == null) {
      return Double.NaN;
    }
    int[] sizes = sizes(d, cfg);
    double rate = gemm.flopsPerSecond(sizes, cfg.get(Settings.BATCH_SIZE), 3);
    double perSample = GemmBenchmark.flopsPerSample(sizes);
    System.out.printf(Locale.ROOT, "GEMM ceiling of these shapes: %.1f GFLOP/s measured now, %.1f MFLOP per sample"
        + " and step: %.0f samples/s%n", rate / 1e9, perSample / 1e6, rate / perSample);
    return rate / perSample;
  }

  /** The autoencoder's layer widths, input first and last. */
  private static int[] sizes(int d, DecConfig cfg) {
    int[] layers = cfg.get(Settings.LAYERS);
    int[] sizes = new int[2 * layers.length + 1];
    sizes[0] = d;
    sizes[sizes.length - 1] = d;
    for (int i = 0; i < layers.length; i++) {
      sizes[i + 1] = layers[i];
      sizes[sizes.length - 2 - i] = layers[i];
    }
    return sizes;
  }

  /** Refinement steps per second of the engines with a batch loop, and where DEC's step goes. */
  private void refinementProfile(PreparedData data, DecConfig cfg) {
    // one copy of the rows for the four engines: the first pretrains, the others reuse its autoencoder
    FloatMatrix rows = data.features().selectRows(java.util.stream.IntStream.range(0, data.features().rows())
        .toArray());
    TrainingListener refineOnly = new TrainingListener() {
      @Override
      public void phaseStarted(Phase phase, long totalSteps) {
        StepProfile.enable(phase == Phase.REFINE);
        StepProfile.reset();
      }
    };
    for (String engine : new String[] { "dec", "idec", "dcn", "dac" }) {
      DecConfig c = cfg.toBuilder().set(Settings.ENGINE, engine).set(Settings.MAX_ITER, refineSteps)
          .set(Settings.TOL, 0.0).build();
      FitResult r = Engines.get(engine).fit(rows, 10, c, refineOnly, CancellationToken.create());
      StepProfile.enable(false);
      double seconds = r.model().summary().refineSeconds();
      System.out.printf(Locale.ROOT, "%s refinement: %d steps in %.1f s, %.1f steps/s (checks over all rows"
          + " included)%n", engine, r.model().summary().refineIterations(), seconds,
          r.model().summary().refineIterations() / seconds);
      if (engine.equals("dec")) {
        System.out.println(shares("a DEC refinement step (the checks' passes over all rows are the rest)", seconds));
      }
    }
  }

  /** The profile's parts as shares of the phase's seconds, the rest named. */
  private static String shares(String what, double seconds) {
    StringBuilder b = new StringBuilder("profile of " + what + ", share of " + String.format(Locale.ROOT, "%.1f",
        seconds) + " s:");
    double sum = 0;
    for (var e : StepProfile.seconds().entrySet()) {
      if (e.getValue() > 0) {
        b.append(String.format(Locale.ROOT, " %s %.1f%%,", e.getKey().name().toLowerCase(Locale.ROOT).replace('_',
            ' '), 100 * e.getValue() / seconds));
        sum += e.getValue();
      }
    }
    return b.append(String.format(Locale.ROOT, " rest %.1f%%", 100 * (seconds - sum) / seconds)).toString();
  }

  /** The median share of a list, with its range, as percentages. */
  private static String shareOf(List<Double> shares) {
    List<Double> sorted = new ArrayList<>(shares);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "%.0f%% (median of %d; min %.0f%%, max %.0f%%)", 100 * median(sorted),
        sorted.size(), 100 * sorted.get(0), 100 * sorted.get(sorted.size() - 1));
  }

  private static double median(List<Double> sorted) {
    int m = sorted.size();
    return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
  }

  static String join(int[] a) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < a.length; i++) {
      b.append(i == 0 ? "" : "-").append(a[i]);
    }
    return b.toString();
  }
}
