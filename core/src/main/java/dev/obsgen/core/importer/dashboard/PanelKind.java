package dev.obsgen.core.importer.dashboard;

import dev.obsgen.model.dashboard.Panel;
import dev.obsgen.model.dashboard.PanelBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model's panel kinds by Grafana plugin id, with the factory the imported code starts each from. Grafana's
 * retired panels map to the kinds that replaced them, as Grafana's own migration does when it opens them.
 */
enum PanelKind {
    TIMESERIES("timeseries", "timeseries", Panel::timeseries),
    STAT("stat", "stat", Panel::stat),
    GAUGE("gauge", "gauge", Panel::gauge),
    BARGAUGE("bargauge", "barGauge", Panel::barGauge),
    PIECHART("piechart", "pieChart", Panel::pieChart),
    TABLE("table", "table", Panel::table),
    HEATMAP("heatmap", "heatmap", Panel::heatmap),
    BARCHART("barchart", "barChart", Panel::barChart),
    HISTOGRAM("histogram", "histogram", Panel::histogram),
    CANDLESTICK("candlestick", "candlestick", Panel::candlestick),
    TEXT("text", "text", Panel::text);

    private final String type;
    private final String factory;
    private final Function<String, PanelBuilder<?, ?>> start;

    PanelKind(String type, String factory, Function<String, PanelBuilder<?, ?>> start) {
        this.type = type;
        this.factory = factory;
        this.start = start;
    }

    String type() {
        return type;
    }

    /** The factory method of {@link Panel}, such as {@code barGauge}. */
    String factory() {
        return factory;
    }

    PanelBuilder<?, ?> start(String title) {
        return start.apply(title);
    }

    /** The kind of a Grafana panel type, retired ones included; empty for a type the model has no kind for. */
    static Optional<PanelKind> of(String type) {
        String legacy = legacyReplacement(type);
        String id = legacy != null ? legacy : type;
        for (PanelKind kind : values()) {
            if (kind.type.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The panel type a retired one became, or null when the type is current. */
    static String legacyReplacement(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "graph" -> "timeseries";
            case "singlestat", "grafana-singlestat-panel" -> "stat";
            case "table-old" -> "table";
            case "grafana-piechart-panel" -> "piechart";
            default -> null;
        };
    }
}
