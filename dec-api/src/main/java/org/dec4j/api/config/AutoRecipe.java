package org.dec4j.api.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The recipe the settings left at {@code auto} stand for, chosen from the number of rows n and columns d (the
 * features after preparation) by one written rule, so that a table of 150 rows trains in seconds and MNIST gets
 * the DEC paper's network:
 * <ul>
 * <li>{@code layers}: with at least {@value #WIDE_COLUMNS} columns (images, embeddings) the paper's
 * d-500-500-2000-10; with fewer, two hidden layers of width w = the power of two nearest 4d, between
 * {@value #MIN_WIDTH} and {@value #MAX_WIDTH}, and a latent size of min(10, d).</li>
 * <li>{@code imsat-hidden}: 1200-1200 (the paper's) from {@value #WIDE_COLUMNS} columns, else w-w.</li>
 * <li>{@code imsat-lr}: the paper's code's {@value #IMSAT_LR} below {@value #WIDE_COLUMNS} columns,
 * {@value #IMSAT_WIDE_LR} from {@value #WIDE_COLUMNS}. IMSAT's network has no batch normalisation here (the paper's
 * has); on mnist10k (784 columns, seed 0) Adam at 0.002 drove the 784-1200-1200-10 classifier within 300 steps to
 * predict nearly the uniform distribution for every row (H(Y|X) = H(Y) = log K, a stationary point of the
 * objective), its arg max one cluster of 9,768 rows, ACC 0.16; at 0.0005 the clusters stayed balanced (smallest 0.77
 * of an equal share) and ACC reached 0.754. On the digits (64 columns, seeds 0-2) 0.0005 gave a mean ACC of 0.741
 * and 0.002 0.842, so the smaller step is kept for wide data.</li>
 * <li>{@code pretrain-layer-steps} and {@code pretrain-steps}: budgets in epochs (passes over the rows), bounded
 * in steps: per layer pair {@value #LAYER_EPOCHS} epochs, the fine-tuning {@value #FINE_TUNE_EPOCHS}, end to end
 * {@value #END_TO_END_EPOCHS}; within its budget each stage stops once the reconstruction error of a fixed sample of
 * the rows has not improved by 1% for 5 checks (a check every 1/40 of the budget, at least every epoch).</li>
 * </ul>
 * A setting given explicitly is used as given; the rest of the rule still applies.
 */
public final class AutoRecipe {
  /** Columns from which data get the DEC paper's network. */
  public static final int WIDE_COLUMNS = 256;
  /** The paper's encoder. */
  static final int[] PAPER_LAYERS = { 500, 500, 2000, 10 };
  /** The paper's IMSAT classifier. */
  static final int[] PAPER_IMSAT = { 1200, 1200 };
  /** Least hidden width on narrow data. */
  public static final int MIN_WIDTH = 32;
  /** Largest hidden width on narrow data. */
  public static final int MAX_WIDTH = 256;
  /** IMSAT's Adam step size below {@link #WIDE_COLUMNS} columns (the paper's code's). */
  public static final double IMSAT_LR = 0.002;
  /** IMSAT's Adam step size from {@link #WIDE_COLUMNS} columns. */
  public static final double IMSAT_WIDE_LR = 0.0005;
  /** Epochs per greedy layer pair. */
  public static final int LAYER_EPOCHS = 100;
  /** Epochs of the fine-tuning after layer-wise pretraining. */
  public static final int FINE_TUNE_EPOCHS = 200;
  /** Epochs of end-to-end pretraining. */
  public static final int END_TO_END_EPOCHS = 250;
  /** Bounds of a greedy layer pair's budget in steps. */
  static final int MIN_LAYER_STEPS = 300;
  static final int MAX_LAYER_STEPS = 2000;
  /** Bounds of the fine-tuning's and end-to-end budget in steps. */
  static final int MIN_STEPS = 600;
  static final int MAX_STEPS = 10000;

  private AutoRecipe() {
  }

  /**
   * A configuration with its automatic network settings replaced by the rule's choice for the data, and what was
   * chosen, in words.
   *
   * @param config the configuration, with concrete {@code layers} and {@code imsat-hidden}
   * @param text "150 rows x 4 columns: a 4-32-32-4 network (...)", or null when nothing was automatic
   */
  public record Plan(DecConfig config, String text) {
  }

  /**
   * @param config a configuration
   * @param rows training rows n
   * @param cols input columns d
   * @return the plan
   */
  public static Plan resolve(DecConfig config, int rows, int cols) {
    DecConfig.Builder b = config.toBuilder();
    List<String> parts = new ArrayList<>();
    boolean wide = cols >= WIDE_COLUMNS;
    String why = wide ? "the DEC paper's, for " + WIDE_COLUMNS + " columns or more"
        : "hidden width " + width(cols) + " near 4 x " + cols + " columns";
    if (config.get(Settings.LAYERS) == null) {
      int[] l = layers(cols);
      b.set(Settings.LAYERS, l);
      parts.add("a " + cols + "-" + join(l) + " network (" + why + ")");
    }
    boolean imsat = "imsat".equals(config.get(Settings.ENGINE));
    if (config.get(Settings.IMSAT_HIDDEN) == null) {
      int[] h = imsatHidden(cols);
      b.set(Settings.IMSAT_HIDDEN, h);
      if (imsat) {
        parts.add("an IMSAT classifier " + cols + "-" + join(h) + "-K (" + (wide ? "the IMSAT paper's, for "
            + WIDE_COLUMNS + " columns or more" : "hidden width " + width(cols) + " near 4 x " + cols + " columns")
            + ")");
      }
    }
    if (config.get(Settings.IMSAT_LR) == null) {
      double lr = imsatLr(cols);
      b.set(Settings.IMSAT_LR, lr);
      if (imsat) {
        parts.add("IMSAT's Adam at " + Settings.IMSAT_LR.format(lr) + (wide ? " (" + WIDE_COLUMNS
            + " columns or more: 0.002 collapsed on wide data without batch normalisation)" : ""));
      }
    }
    boolean layerwise = config.get(Settings.PRETRAINING).resolve(rows) == Pretraining.LAYERWISE;
    int batch = Math.min(config.get(Settings.BATCH_SIZE), rows);
    if (!imsat && (config.get(Settings.PRETRAIN_STEPS) == null
        || layerwise && config.get(Settings.PRETRAIN_LAYER_STEPS) == null)) {
      parts.add(layerwise ? String.format(Locale.ROOT, "layer-wise pretraining of at most %d steps per layer pair"
          + " and %d of fine-tuning (%d and %d epochs of %d batches)", layerSteps(rows, batch), fineTuneSteps(rows,
              batch), LAYER_EPOCHS, FINE_TUNE_EPOCHS, batchesPerEpoch(rows, batch))
          : String.format(Locale.ROOT, "end-to-end pretraining of at most %d steps (%d epochs of %d batches)",
              endToEndSteps(rows, batch), END_TO_END_EPOCHS, batchesPerEpoch(rows, batch)));
      parts.add("each stage stopping early once its reconstruction error stops improving");
    }
    String text = parts.isEmpty() ? null : String.format(Locale.ROOT, "%d rows x %d columns: %s", rows, cols,
        String.join("; ", parts));
    return new Plan(b.build(), text);
  }

  /**
   * @param cols input columns d
   * @return the encoder layers the rule gives (hidden layers and latent size)
   */
  public static int[] layers(int cols) {
    if (cols >= WIDE_COLUMNS) {
      return PAPER_LAYERS.clone();
    }
    int w = width(cols);
    return new int[] { w, w, Math.max(1, Math.min(10, cols)) };
  }

  /**
   * @param cols input columns d
   * @return IMSAT's hidden layers by the rule
   */
  public static int[] imsatHidden(int cols) {
    if (cols >= WIDE_COLUMNS) {
      return PAPER_IMSAT.clone();
    }
    int w = width(cols);
    return new int[] { w, w };
  }

  /**
   * @param cols input columns d
   * @return IMSAT's Adam step size by the rule
   */
  public static double imsatLr(int cols) {
    return cols >= WIDE_COLUMNS ? IMSAT_WIDE_LR : IMSAT_LR;
  }

  /** @return the power of two nearest 4d, within [MIN_WIDTH, MAX_WIDTH] */
  static int width(int cols) {
    double target = Math.log(4.0 * cols) / Math.log(2);
    int w = 1 << (int) Math.round(target);
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w));
  }

  /**
   * @param rows training rows
   * @param batch batch size
   * @return the budget of one greedy layer pair, in steps
   */
  public static int layerSteps(int rows, int batch) {
    return clamp(LAYER_EPOCHS * batchesPerEpoch(rows, batch), MIN_LAYER_STEPS, MAX_LAYER_STEPS);
  }

  /**
   * @param rows training rows
   * @param batch batch size
   * @return the budget of the fine-tuning after layer-wise pretraining, in steps
   */
  public static int fineTuneSteps(int rows, int batch) {
    return clamp(FINE_TUNE_EPOCHS * batchesPerEpoch(rows, batch), MIN_STEPS, MAX_STEPS);
  }

  /**
   * @param rows training rows
   * @param batch batch size
   * @return the budget of end-to-end pretraining, in steps
   */
  public static int endToEndSteps(int rows, int batch) {
    return clamp(END_TO_END_EPOCHS * batchesPerEpoch(rows, batch), MIN_STEPS, MAX_STEPS);
  }

  private static int batchesPerEpoch(int rows, int batch) {
    return (rows + batch - 1) / Math.max(1, batch);
  }

  private static int clamp(long v, int lo, int hi) {
    return (int) Math.max(lo, Math.min(hi, v));
  }

  private static String join(int[] a) {
    return String.join("-", Arrays.stream(a).mapToObj(Integer::toString).toList());
  }
}
