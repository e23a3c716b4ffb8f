package dev.obsgen.model.dashboard;

/**
 * A dashboard panel. Each kind carries its own options; everything shared is in {@link #common()}. Start one with
 * the factory named after its Grafana type, such as {@link #timeseries(String)}.
 */
public sealed interface Panel permits TimeseriesPanel, StatPanel, GaugePanel, BarGaugePanel, PieChartPanel, TablePanel,
        HeatmapPanel, BarChartPanel, HistogramPanel, CandlestickPanel, TextPanel {
    PanelCommon common();

    /** The Grafana panel plugin id, such as {@code timeseries}. */
    String type();

    /** This panel with the id and position the dashboard's layout gave it. */
    Panel placed(int id, GridPos position);

    default String title() {
        return common().title();
    }

    static TimeseriesPanel.Builder timeseries(String title) {
        return new TimeseriesPanel.Builder(title);
    }

    static StatPanel.Builder stat(String title) {
        return new StatPanel.Builder(title);
    }

    static GaugePanel.Builder gauge(String title) {
        return new GaugePanel.Builder(title);
    }

    static BarGaugePanel.Builder barGauge(String title) {
        return new BarGaugePanel.Builder(title);
    }

    static PieChartPanel.Builder pieChart(String title) {
        return new PieChartPanel.Builder(title);
    }

    static TablePanel.Builder table(String title) {
        return new TablePanel.Builder(title);
    }

    static HeatmapPanel.Builder heatmap(String title) {
        return new HeatmapPanel.Builder(title);
    }

    static BarChartPanel.Builder barChart(String title) {
        return new BarChartPanel.Builder(title);
    }

    static HistogramPanel.Builder histogram(String title) {
        return new HistogramPanel.Builder(title);
    }

    static CandlestickPanel.Builder candlestick(String title) {
        return new CandlestickPanel.Builder(title);
    }

    static TextPanel.Builder text(String title) {
        return new TextPanel.Builder(title);
    }
}
