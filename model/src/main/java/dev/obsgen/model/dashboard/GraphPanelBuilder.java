package dev.obsgen.model.dashboard;

/**
 * What graph panels share (time series, bar chart, histogram, candlestick): a legend, a tooltip and how series are
 * drawn ({@code fieldConfig.defaults.custom}), a {@link GraphStyle} or a {@link BarStyle} by kind. Each kind gives
 * its own defaults.
 */
public abstract class GraphPanelBuilder<B extends GraphPanelBuilder<B, P, S>, P extends Panel, S>
        extends PanelBuilder<B, P> {
    private Legend legend = Legend.bottomList();
    private Tooltip tooltip;
    private S style;

    protected GraphPanelBuilder(String title, Tooltip tooltip, S style) {
        super(title);
        this.tooltip = tooltip;
        this.style = style;
    }

    public B legend(Legend value) {
        this.legend = value;
        return self();
    }

    public B tooltip(Tooltip value) {
        this.tooltip = value;
        return self();
    }

    /** How series are drawn ({@code fieldConfig.defaults.custom}). */
    public B style(S value) {
        this.style = value;
        return self();
    }

    protected Legend legend() {
        return legend;
    }

    protected Tooltip tooltip() {
        return tooltip;
    }

    protected S style() {
        return style;
    }
}
