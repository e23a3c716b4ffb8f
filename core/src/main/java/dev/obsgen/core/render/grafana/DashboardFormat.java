package dev.obsgen.core.render.grafana;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shape a dashboard is written in. Grafana 12 reads all three; Grafana 13 stores dashboards as v2 and makes it
 * the default, so a target of 13 or later defaults to {@link #V2} and an older one to {@link #CLASSIC}.
 */
public enum DashboardFormat {
    /** The classic dashboard JSON model, as file provisioning and the sidecar have always read it. */
    CLASSIC("classic"),
    /** The classic JSON inside a {@code dashboard.grafana.app/v1beta1} resource, as Git Sync and grafanactl use it. */
    RESOURCE("resource"),
    /** The v2 resource: elements, layouts, {@code QueryGroup}s and {@code VizConfig}s. */
    V2("v2");

    private static final int FIRST_RESOURCE_MAJOR = 12;

    private final String id;

    DashboardFormat(String id) {
        this.id = id;
    }

    /** The name in settings and on the command line. */
    public String id() {
        return id;
    }

    /** The format Grafana of this release writes by default. */
    public static DashboardFormat defaultFor(GrafanaVersion version) {
        return version.major() >= 13 ? V2 : CLASSIC;
    }

    /**
     * The format, if the release reads it: {@code dashboard.grafana.app} resources, v1 and v2, are served from
     * Grafana 12 on, so an older release takes classic JSON only.
     *
     * @throws IllegalArgumentException naming the format and the release when the release cannot read it
     */
    public DashboardFormat requireReadableBy(GrafanaVersion version) {
        if (this != CLASSIC && version.major() < FIRST_RESOURCE_MAJOR) {
            throw new IllegalArgumentException("the " + id + " dashboard format needs Grafana " + FIRST_RESOURCE_MAJOR
                    + " or later, which serves dashboard.grafana.app resources; Grafana " + version.pluginVersion()
                    + " reads classic only");
        }
        return this;
    }

    /** Parses {@code classic}, {@code resource} or {@code v2}. */
    public static DashboardFormat parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a dashboard format: '" + text + "' (one of "
                        + Arrays.stream(values()).map(DashboardFormat::id).collect(Collectors.joining(", ")) + ")"));
    }
}
