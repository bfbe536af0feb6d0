package org.dec4j.cli.report;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A grouped bar chart with error bars: one group per category (a measure, a data set), one bar per series (a
 * method) in each, the legend under the chart, wide enough for every bar. An unknown height (NaN) is drawn as 0.
 */
public final class BarChart {
  private static final int MIN_WIDTH = 1000;
  private static final int PIXELS_PER_BAR = 14;
  private static final int MARGIN = 200;
  private static final int HEIGHT = 520;

  private record Series(String name, List<Double> heights, List<Double> errors) {
  }

  private final String title;
  private final String yTitle;
  private final List<String> categories;
  private final List<Series> series = new ArrayList<>();

  /**
   * @param title chart title
   * @param yTitle what the heights are
   * @param categories the groups, left to right
   */
  public BarChart(String title, String yTitle, List<String> categories) {
    this.title = title;
    this.yTitle = yTitle;
    this.categories = List.copyOf(categories);
  }

  /**
   * @param name the series' name in the legend
   * @param heights its bar in each category
   * @param errors the error bar of each (NaN: none)
   * @return this chart
   * @throws IllegalArgumentException if a length differs from the number of categories
   */
  public BarChart add(String name, double[] heights, double[] errors) {
    if (heights.length != categories.size() || errors.length != categories.size()) {
      throw new IllegalArgumentException("a bar per category expected for " + name);
    }
    series.add(new Series(name, known(heights), known(errors)));
    return this;
  }

  private static List<Double> known(double[] v) {
    return Arrays.stream(v).map(x -> Double.isNaN(x) ? 0 : x).boxed().toList();
  }

  /**
   * @param file the PNG to write (atomically)
   * @throws IOException on write errors
   */
  public void write(Path file) throws IOException {
    int width = Math.max(MIN_WIDTH, series.size() * categories.size() * PIXELS_PER_BAR + MARGIN);
    CategoryChart chart = new CategoryChartBuilder().width(width).height(HEIGHT).title(title).yAxisTitle(yTitle)
        .build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    for (Series s : series) {
      chart.addSeries(s.name(), categories, s.heights(), s.errors());
    }
    ReportFiles.png(file, chart);
  }
}
