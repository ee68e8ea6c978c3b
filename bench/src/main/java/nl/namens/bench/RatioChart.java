package nl.namens.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** The login run's ratios as horizontal bars (green: target met or none, red: missed), a line at 1. */
final class RatioChart {

  private RatioChart() {}

  static void write(List<LoginReport.Ratio> ratios, Path png, String subtitle) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (LoginReport.Ratio ratio : ratios) {
      String label = ratio.label()
          + (Double.isNaN(ratio.target()) ? "" : String.format(java.util.Locale.ROOT, " (≤ %.2f)", ratio.target()));
      data.addValue(ratio.value(), "ratio", label);
    }
    JFreeChart chart =
        ChartFactory.createBarChart("Logins through the broker: ratios measured in one run", null, "ratio", data,
            PlotOrientation.HORIZONTAL, false, false, false);
    chart.addSubtitle(new TextTitle(subtitle));
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public java.awt.Paint getItemPaint(int row, int column) {
            return ratios.get(column).met() ? new Color(0x4c9a2a) : new Color(0xc0392b);
          }
        };
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("0.00")));
    renderer.setDefaultItemLabelsVisible(true);
    plot.setRenderer(renderer);
    ValueMarker one = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
    plot.addRangeMarker(one);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 120 + 60 * ratios.size());
  }
}
