package dev.obsgen.core.render.grafana;

import dev.obsgen.model.dashboard.Dashboard;

/** Where the Grafana files go, relative to the output directory. */
public final class DashboardPaths {
    public static final String DASHBOARDS = "grafana/dashboards";
    public static final String PROVISIONING = "grafana/provisioning/dashboards";
    public static final String DASHBOARD_PROVIDER = PROVISIONING + "/obsgen.yaml";
    public static final String DATASOURCES = "grafana/provisioning/datasources/obsgen.yaml";
    public static final String KUBERNETES = "kubernetes/grafana";

    private DashboardPaths() {
    }

    /** {@code grafana/dashboards/<folder>/<uid>.json}: the directory is the folder when provisioned from files. */
    public static String dashboard(Dashboard dashboard) {
        String folder = dashboard.folder().isEmpty() ? "" : dashboard.folder() + "/";
        return DASHBOARDS + "/" + folder + dashboard.uid() + ".json";
    }

    /** {@code grafana/dashboards/<folder>/_folder.json}: the folder's Folder resource, where Git Sync looks for it. */
    public static String folderMetadata(String folderName) {
        return DASHBOARDS + "/" + folderName + "/" + FolderResource.METADATA_FILE;
    }

    public static String configMap(Dashboard dashboard) {
        return KUBERNETES + "/" + dashboard.uid() + "-configmap.yaml";
    }

    public static String grafanaDashboard(Dashboard dashboard) {
        return KUBERNETES + "/" + dashboard.uid() + "-grafanadashboard.yaml";
    }

    /** The grafana-operator {@code GrafanaManifest} of a dashboard resource. */
    public static String grafanaManifest(Dashboard dashboard) {
        return KUBERNETES + "/" + dashboard.uid() + "-grafanamanifest.yaml";
    }

    /** The grafana-operator {@code GrafanaManifest} of a folder's Folder resource, named as {@link #folderManifestName}. */
    public static String folderManifest(String folderName) {
        return KUBERNETES + "/" + folderManifestName(folderName) + "-grafanamanifest.yaml";
    }

    /**
     * {@code folder.<folder uid>}: the dot keeps it apart from every dashboard's manifest, as a dashboard uid holds no
     * dot, while a custom resource's name, a DNS subdomain, may.
     */
    public static String folderManifestName(String folderName) {
        return "folder." + FolderResource.uid(folderName);
    }
}
