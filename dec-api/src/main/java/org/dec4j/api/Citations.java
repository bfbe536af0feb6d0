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
    return oneLine(DEC_AUTHORS, DEC_TITLE, DEC_BOOKTITLE, DEC_PAGES, DEC_URL);
  }

  /** Authors of the IDEC paper. */
  public static final String IDEC_AUTHORS = "Xifeng Guo, Long Gao, Xinwang Liu, Jianping Yin";
  /** Title of the IDEC paper. */
  public static final String IDEC_TITLE = "Improved Deep Embedded Clustering with Local Structure Preservation";
  /** Venue of the IDEC paper. */
  public static final String IDEC_BOOKTITLE = "Proceedings of the Twenty-Sixth International Joint Conference on"
      + " Artificial Intelligence (IJCAI 2017)";
  /** Year of the IDEC paper. */
  public static final int IDEC_YEAR = 2017;
  /** Pages in the proceedings. */
  public static final String IDEC_PAGES = "1753-1759";
  /** Where the paper can be read. */
  public static final String IDEC_URL = "https://doi.org/10.24963/ijcai.2017/243";
  /** BibTeX key. */
  public static final String IDEC_BIBKEY = "DBLP:conf/ijcai/GuoGLY17";

  /** @return one-line citation of IDEC */
  public static String idecOneLine() {
    return oneLine(IDEC_AUTHORS, IDEC_TITLE, IDEC_BOOKTITLE, IDEC_PAGES, IDEC_URL);
  }

  /** Authors of the DCN paper. */
  public static final String DCN_AUTHORS = "Bo Yang, Xiao Fu, Nicholas D. Sidiropoulos, Mingyi Hong";
  /** Title of the DCN paper. */
  public static final String DCN_TITLE = "Towards K-means-friendly Spaces: Simultaneous Deep Learning and Clustering";
  /** Venue of the DCN paper. */
  public static final String DCN_BOOKTITLE = "Proceedings of the 34th International Conference on Machine Learning"
      + " (ICML 2017)";
  /** Year of the DCN paper. */
  public static final int DCN_YEAR = 2017;
  /** Pages in the proceedings (PMLR volume 70). */
  public static final String DCN_PAGES = "3861-3870";
  /** Where the paper can be read. */
  public static final String DCN_URL = "http://proceedings.mlr.press/v70/yang17b.html";
  /** BibTeX key. */
  public static final String DCN_BIBKEY = "DBLP:conf/icml/YangFSH17";

  /** @return one-line citation of DCN */
  public static String dcnOneLine() {
    return oneLine(DCN_AUTHORS, DCN_TITLE, DCN_BOOKTITLE, DCN_PAGES, DCN_URL);
  }

  /** Authors of the N2D paper. */
  public static final String N2D_AUTHORS = "Ryan McConville, Raul Santos-Rodriguez, Robert J. Piechocki, Ian Craddock";
  /** Title of the N2D paper. */
  public static final String N2D_TITLE = "N2D: (Not Too) Deep Clustering via Clustering the Local Manifold of an"
      + " Autoencoded Embedding";
  /** Venue of the N2D paper. */
  public static final String N2D_BOOKTITLE = "Proceedings of the 25th International Conference on Pattern"
      + " Recognition (ICPR 2020)";
  /** Year of the N2D paper. */
  public static final int N2D_YEAR = 2020;
  /** Pages in the proceedings. */
  public static final String N2D_PAGES = "5145-5152";
  /** Where the paper can be read. */
  public static final String N2D_URL = "https://doi.org/10.1109/ICPR48806.2021.9413131";
  /** BibTeX key. */
  public static final String N2D_BIBKEY = "DBLP:conf/icpr/McConvilleSPC20";

  /** @return one-line citation of N2D */
  public static String n2dOneLine() {
    return oneLine(N2D_AUTHORS, N2D_TITLE, N2D_BOOKTITLE, N2D_PAGES, N2D_URL);
  }

  /** Authors of the DAC paper. */
  public static final String DAC_AUTHORS = "Jianlong Chang, Lingfeng Wang, Gaofeng Meng, Shiming Xiang, Chunhong Pan";
  /** Title of the DAC paper. */
  public static final String DAC_TITLE = "Deep Adaptive Image Clustering";
  /** Venue of the DAC paper. */
  public static final String DAC_BOOKTITLE = "Proceedings of the IEEE International Conference on Computer Vision"
      + " (ICCV 2017)";
  /** Year of the DAC paper. */
  public static final int DAC_YEAR = 2017;
  /** Pages in the proceedings. */
  public static final String DAC_PAGES = "5880-5888";
  /** Where the paper can be read. */
  public static final String DAC_URL = "https://doi.org/10.1109/ICCV.2017.626";
  /** BibTeX key. */
  public static final String DAC_BIBKEY = "DBLP:conf/iccv/ChangWMXP17";

  /** @return one-line citation of DAC */
  public static String dacOneLine() {
    return oneLine(DAC_AUTHORS, DAC_TITLE, DAC_BOOKTITLE, DAC_PAGES, DAC_URL);
  }

  /** Authors of the VaDE paper. */
  public static final String VADE_AUTHORS = "Zhuxi Jiang, Yin Zheng, Huachun Tan, Bangsheng Tang, Hanning Zhou";
  /** Title of the VaDE paper. */
  public static final String VADE_TITLE = "Variational Deep Embedding: An Unsupervised and Generative Approach to"
      + " Clustering";
  /** Venue of the VaDE paper. */
  public static final String VADE_BOOKTITLE = "Proceedings of the Twenty-Sixth International Joint Conference on"
      + " Artificial Intelligence (IJCAI 2017)";
  /** Year of the VaDE paper. */
  public static final int VADE_YEAR = 2017;
  /** Pages in the proceedings. */
  public static final String VADE_PAGES = "1965-1972";
  /** Where the paper can be read. */
  public static final String VADE_URL = "https://doi.org/10.24963/ijcai.2017/273";
  /** BibTeX key. */
  public static final String VADE_BIBKEY = "DBLP:conf/ijcai/JiangZTTZ17";

  /** @return one-line citation of VaDE */
  public static String vadeOneLine() {
    return oneLine(VADE_AUTHORS, VADE_TITLE, VADE_BOOKTITLE, VADE_PAGES, VADE_URL);
  }

  /** Authors of the IMSAT paper. */
  public static final String IMSAT_AUTHORS = "Weihua Hu, Takeru Miyato, Seiya Tokui, Eiichi Matsumoto, Masashi Sugiyama";
  /** Title of the IMSAT paper. */
  public static final String IMSAT_TITLE = "Learning Discrete Representations via Information Maximizing"
      + " Self-Augmented Training";
  /** Venue of the IMSAT paper. */
  public static final String IMSAT_BOOKTITLE = "Proceedings of the 34th International Conference on Machine Learning"
      + " (ICML 2017)";
  /** Year of the IMSAT paper. */
  public static final int IMSAT_YEAR = 2017;
  /** Pages in the proceedings (PMLR volume 70). */
  public static final String IMSAT_PAGES = "1558-1567";
  /** Where the paper can be read. */
  public static final String IMSAT_URL = "http://proceedings.mlr.press/v70/hu17b.html";
  /** BibTeX key. */
  public static final String IMSAT_BIBKEY = "DBLP:conf/icml/HuMTMS17";

  /** @return one-line citation of IMSAT */
  public static String imsatOneLine() {
    return oneLine(IMSAT_AUTHORS, IMSAT_TITLE, IMSAT_BOOKTITLE, IMSAT_PAGES, IMSAT_URL);
  }

  private static String oneLine(String authors, String title, String booktitle, String pages, String url) {
    return authors + ": " + title + ". " + booktitle + ", pp. " + pages + ". " + url;
  }
}
