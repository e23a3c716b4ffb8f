package dev.obsgen.model.dashboard;

/**
 * Events marked on every time series panel, from a Prometheus query: each series with a non-zero value becomes an
 * event titled by {@code titleFormat}. Grafana's own "Annotations &amp; Alerts" entry is always added besides these.
 */
public record AnnotationQuery(String name, DatasourceRef datasource, String expr, String iconColor, boolean enable,
                              String titleFormat, String textFormat, String tagKeys, String step) {
    public AnnotationQuery {
        titleFormat = titleFormat == null ? "" : titleFormat;
        textFormat = textFormat == null ? "" : textFormat;
        tagKeys = tagKeys == null ? "" : tagKeys;
        step = step == null ? "" : step;
    }

    public static AnnotationQuery prometheus(String name, String expr, String iconColor) {
        return new AnnotationQuery(name, DatasourceRef.prometheusVariable(), expr, iconColor, true, "", "", "", "");
    }
}
