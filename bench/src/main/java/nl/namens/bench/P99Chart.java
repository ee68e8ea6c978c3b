package nl.namens.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** p99 per scenario against the number of voluntary mandates, both axes logarithmic, drawn by JFreeChart. */
final class P99Chart {

  private P99Chart() {}

  static void write(List<ScenarioResult> results, Path png, String subtitle) throws IOException {
    Map<String, XYSeries> series = new LinkedHashMap<>();
    for (ScenarioResult result : results) {
      series
          .computeIfAbsent(result.scenario(), name -> new XYSeries(result.title()))
          .add(result.mandates(), Math.max(0.01, result.p99()));
    }
    XYSeriesCollection data = new XYSeriesCollection();
    series.values().forEach(data::addSeries);
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "BVD p99 latency vs data size", "voluntary mandates", "p99 (ms)", data,
            PlotOrientation.VERTICAL, true, false, false);
    chart.addSubtitle(new org.jfree.chart.title.TextTitle(subtitle));
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    double minSize = results.stream().mapToDouble(ScenarioResult::mandates).min().orElse(1);
    double maxSize = results.stream().mapToDouble(ScenarioResult::mandates).max().orElse(1);
    double maxP99 = results.stream().mapToDouble(ScenarioResult::p99).max().orElse(10);
    double minP99 = results.stream().mapToDouble(ScenarioResult::p99).min().orElse(1);
    LogAxis x = new LogAxis("voluntary mandates (log scale)");
    x.setNumberFormatOverride(new DecimalFormat("#,##0"));
    x.setRange(minSize / 2, maxSize * 2);
    x.setTickUnit(new NumberTickUnit(1.0)); // one tick per decade
    x.setMinorTickCount(9);
    plot.setDomainAxis(x);
    LogAxis y = new LogAxis("p99 (ms, log scale)");
    y.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
    y.setRange(Math.max(0.01, Math.min(1, minP99) / 2), Math.max(20, maxP99 * 2));
    y.setTickUnit(new NumberTickUnit(1.0));
    y.setMinorTickCount(9);
    plot.setRangeAxis(y);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    addTarget(plot, 2, "authorizations target 2 ms");
    addTarget(plot, 10, "professional first page target 10 ms");
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 560);
  }

  private static void addTarget(XYPlot plot, double ms, String label) {
    ValueMarker marker =
        new ValueMarker(ms, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
            new float[] {6f, 4f}, 0f));
    marker.setLabel(label);
    marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
    plot.addRangeMarker(marker);
  }
}
