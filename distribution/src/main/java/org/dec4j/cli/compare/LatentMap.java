package org.dec4j.cli.compare;

import elki.data.DoubleVector;
import elki.data.NumberVector;
import elki.database.ids.DBIDIter;
import elki.database.ids.DBIDRange;
import elki.database.relation.Relation;
import elki.projection.BarnesHutTSNE;
import elki.projection.TSNE;
import elki.utilities.ELKIBuilder;
import org.dec4j.api.data.FloatMatrix;
import org.dec4j.cli.report.ReportFiles;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A 2-D map of a latent space (ELKI's Barnes-Hut t-SNE), coloured by a labelling, as a PNG scatter plot. */
public final class LatentMap {
  private final double[][] xy;

  private LatentMap(double[][] xy) {
    this.xy = xy;
  }

  /**
   * @param latent rows in the latent space
   * @param seed t-SNE seed
   * @return the 2-D map
   */
  public static LatentMap of(FloatMatrix latent, long seed) {
    Relation<NumberVector> rel = ElkiMethods.relation(latent);
    @SuppressWarnings("unchecked")
    BarnesHutTSNE<NumberVector> tsne = new ELKIBuilder<>(BarnesHutTSNE.class).with(TSNE.Par.RANDOM_ID, seed).build();
    Relation<DoubleVector> out = tsne.run(rel);
    DBIDRange ids = (DBIDRange) rel.getDBIDs();
    double[][] xy = new double[latent.rows()][];
    for (DBIDIter it = ids.iter(); it.valid(); it.advance()) {
      xy[ids.getOffset(it)] = out.get(it).toArray();
    }
    return new LatentMap(xy);
  }

  /**
   * @param file PNG to write
   * @param title chart title
   * @param labels group of each row (-1: unknown, drawn grey)
   * @param names name of each group
   * @throws IOException on write errors
   */
  public void plot(Path file, String title, int[] labels, List<String> names) throws IOException {
    XYChart chart = new XYChartBuilder().width(800).height(700).title(title).xAxisTitle("t-SNE 1")
        .yAxisTitle("t-SNE 2").build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(4);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    for (int g = 0; g < names.size(); g++) {
      int count = 0;
      for (int l : labels) {
        if (l == g) {
          count++;
        }
      }
      if (count == 0) {
        continue;
      }
      double[] x = new double[count];
      double[] y = new double[count];
      for (int i = 0, c = 0; i < labels.length; i++) {
        if (labels[i] == g) {
          x[c] = xy[i][0];
          y[c++] = xy[i][1];
        }
      }
      chart.addSeries(names.get(g), x, y).setMarker(SeriesMarkers.CIRCLE);
    }
    ReportFiles.png(file, chart);
  }
}
