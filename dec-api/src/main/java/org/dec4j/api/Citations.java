package org.dec4j.api;

/**
 * The canonical citations of the algorithms behind the SPI, kept in one place so that each front-end
 * (ELKI's {@code @Reference}, Weka's {@code TechnicalInformation}, the CLI's help) adapts the same text.
 */
public final class Citations {
  private Citations() {
  }

  /** Authors of the DEC paper. */
  public static final String DEC_AUTHORS = "Junyuan Xie, Ross Girshick, Ali Farhadi";
  /** Title of the DEC paper. */
  public static final String DEC_TITLE = "Unsupervised Deep Embedding for Clustering Analysis";
  /** Venue of the DEC paper. */
  public static final String DEC_BOOKTITLE = "Proceedings of the 33rd International Conference on Machine Learning (ICML 2016)";
  /** Year of the DEC paper. */
  public static final int DEC_YEAR = 2016;
  /** Pages in the proceedings (PMLR volume 48). */
  public static final String DEC_PAGES = "478-487";
  /** Where the paper can be read. */
  public static final String DEC_URL = "http://proceedings.mlr.press/v48/xieb16.html";
  /** BibTeX key. */
  public static final String DEC_BIBKEY = "DBLP:conf/icml/XieGF16";

  /** One-line citation, for help texts and summaries. */
  public static String decOneLine() {
    return DEC_AUTHORS + ": " + DEC_TITLE + ". " + DEC_BOOKTITLE + ", pp. " + DEC_PAGES + ". " + DEC_URL;
  }
}
