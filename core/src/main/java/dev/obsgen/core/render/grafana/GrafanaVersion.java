package dev.obsgen.core.render.grafana;

/**
 * The Grafana release dashboards are written for. It fixes the {@code schemaVersion} (Grafana's server-side
 * migrator rejects a number newer than it knows) and the {@code pluginVersion} of every panel.
 */
public record GrafanaVersion(int major, int minor, int patch) {
    /** Grafana 12.3, the release the published dashboard schema describes. */
    public static final GrafanaVersion DEFAULT = new GrafanaVersion(12, 3, 0);

    public GrafanaVersion {
        if (major < 10 || (major == 10 && minor < 4)) {
            throw new IllegalArgumentException("dashboards are written for Grafana 10.4 and later, not " + major + "." + minor);
        }
    }

    /** Parses {@code 12}, {@code 11.6} or {@code 11.6.2}; a missing minor or patch is 0. */
    public static GrafanaVersion parse(String text) {
        String[] parts = text.strip().split("\\.");
        if (parts.length > 3) {
            throw new IllegalArgumentException("not a Grafana version: " + text);
        }
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            return new GrafanaVersion(major, minor, patch);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Grafana version: " + text, e);
        }
    }

    /**
     * The dashboard schemaVersion of this release: 39 up to 11.2, 40 for 11.3 to 11.5 ({@code refresh} a string),
     * 41 for 11.6 to 12.1 ({@code timepicker.time_options} gone), 42 from 12.2 (hiding a series from the graph
     * also hides it from the tooltip).
     */
    public int schemaVersion() {
        if (major == 10 || (major == 11 && minor <= 2)) {
            return 39;
        }
        if (major == 11 && minor <= 5) {
            return 40;
        }
        if (major == 11 || (major == 12 && minor <= 1)) {
            return 41;
        }
        return 42;
    }

    public String pluginVersion() {
        return major + "." + minor + "." + patch;
    }
}
