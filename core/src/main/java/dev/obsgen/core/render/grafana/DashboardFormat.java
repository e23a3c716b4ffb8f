package dev.obsgen.core.render.grafana;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shape a dashboard is written in. Grafana 12.2 and later read all three; Grafana 13 stores dashboards as v2 and
 * makes it the default, so a target of 13 or later defaults to {@link #V2} and an older one to {@link #CLASSIC}.
 *
 * <p>Which release serves which {@code dashboard.grafana.app} version:
 * <ul>
 * <li>{@code v1beta1} from 12.0.0: grafana/grafana#104009 promoted v1alpha1 to v1beta1 and was backported to
 * release-12.0.0 (#104423), so 12.0 serves the v1 resource ("For G12: v1 = beta, v2 = alpha").</li>
 * <li>{@code v2beta1} from 12.2.0: it came with grafana/grafana#108172 ("Add v2beta1 api version", July 2025),
 * and {@code @grafana/schema} 12.0.0 and 12.1.0 (npm) ship {@code schema/dashboard/v2alpha1} and no v2beta1, 12.2.0
 * ships both. v2alpha1 is not the shape written here: there a query is {@code {kind: <datasource type>, spec}} and a
 * visualization {@code {kind: <panel type>, spec}}, where v2beta1 has {@code {kind: DataQuery, group, version}}
 * and {@code {kind: VizConfig, group, version}} (types.spec.gen.d.ts of both packages), so 12.0 and 12.1 are
 * refused v2 rather than given a v2alpha1 label on a v2beta1 body.</li>
 * </ul>
 */
public enum DashboardFormat {
    /** The classic dashboard JSON model, as file provisioning and the sidecar have always read it. */
    CLASSIC("classic"),
    /** The classic JSON inside a {@code dashboard.grafana.app/v1beta1} resource, as Git Sync and grafanactl use it. */
    RESOURCE("resource"),
    /** The v2 resource: elements, layouts, {@code QueryGroup}s and {@code VizConfig}s. */
    V2("v2");

    private static final GrafanaVersion FIRST_RESOURCE = new GrafanaVersion(12, 0, 0);
    private static final GrafanaVersion FIRST_V2BETA1 = new GrafanaVersion(12, 2, 0);

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
     * The format, if the release reads it: the v1 resource is served from Grafana 12.0 on, the v2 resource in the
     * shape written here ({@code v2beta1}) from 12.2 on, and an older release takes classic JSON only.
     *
     * @throws IllegalArgumentException naming the format and the release when the release cannot read it
     */
    public DashboardFormat requireReadableBy(GrafanaVersion version) {
        String reads = olderThan(version, FIRST_RESOURCE) ? "classic only" : "classic or resource only";
        if (this == RESOURCE && olderThan(version, FIRST_RESOURCE)) {
            throw new IllegalArgumentException("the " + id + " dashboard format needs Grafana " + FIRST_RESOURCE.major()
                    + " or later, which serves dashboard.grafana.app resources; Grafana " + version.pluginVersion()
                    + " reads " + reads);
        }
        if (this == V2 && olderThan(version, FIRST_V2BETA1)) {
            throw new IllegalArgumentException("the " + id + " dashboard format needs Grafana " + FIRST_V2BETA1.major()
                    + "." + FIRST_V2BETA1.minor() + " or later, which serves dashboard.grafana.app/v2beta1; Grafana "
                    + version.pluginVersion() + " reads " + reads);
        }
        return this;
    }

    private static boolean olderThan(GrafanaVersion version, GrafanaVersion first) {
        return version.major() != first.major() ? version.major() < first.major() : version.minor() < first.minor();
    }

    /** Parses {@code classic}, {@code resource} or {@code v2}. */
    public static DashboardFormat parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a dashboard format: '" + text + "' (one of "
                        + Arrays.stream(values()).map(DashboardFormat::id).collect(Collectors.joining(", ")) + ")"));
    }
}
