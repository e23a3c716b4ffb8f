package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Each dashboard for Kubernetes, both ways clusters load them: a ConfigMap the kube-prometheus-stack sidecar picks
 * up by its {@code grafana_dashboard} label (folder from the {@code grafana_folder} annotation), and a
 * grafana-operator {@code GrafanaDashboard} that reads the same ConfigMap, so the JSON exists once.
 */
public final class DashboardKubernetesRenderer implements StreamingRenderer {
    /** The label a Grafana custom resource carries for the operator to give it these dashboards. */
    public static final Map<String, String> INSTANCE_SELECTOR = Map.of("dashboards", "grafana");

    private final DashboardRenderer json;

    public DashboardKubernetesRenderer(GrafanaVersion version) {
        this.json = new DashboardRenderer(version);
    }

    public DashboardKubernetesRenderer() {
        this(GrafanaVersion.DEFAULT);
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        for (Dashboard dashboard : model.dashboards()) {
            render(model, settings, dashboard, json.json(dashboard), files);
        }
    }

    /** The dashboard's two resources, around its JSON text as {@link DashboardRenderer#json} wrote it. */
    static void render(Observability model, RenderSettings settings, Dashboard dashboard, String json,
                       Consumer<GeneratedFile> files) {
        files.accept(GeneratedFile.text(DashboardPaths.configMap(dashboard),
                YamlFormat.write(configMap(model, dashboard, json), settings.header())));
        files.accept(GeneratedFile.text(DashboardPaths.grafanaDashboard(dashboard),
                YamlFormat.write(grafanaDashboard(model, dashboard), settings.header())));
    }

    /**
     * A dashboard resource's two: the ConfigMap with the classic JSON (the sidecar hands its files to Grafana's file
     * provisioning, which reads classic JSON; Grafana reports v2 resources from files as unreadable up to 13.0,
     * grafana/grafana#122663 and #127928, and documents no reading of the v1 resource), and a grafana-operator
     * {@code GrafanaManifest} with the resource inline, the operator's way to v1 and v2 resources
     * ({@code GrafanaDashboard} takes classic JSON only).
     */
    static void renderResource(Observability model, RenderSettings settings, Dashboard dashboard, String classicJson,
                               Map<String, Object> resource, DashboardFormat format, Consumer<GeneratedFile> files) {
        String sidecarNote = settings.header() + "\n# The dashboard as a " + DashboardResource.describe(format)
                + " is in the GrafanaManifest; this ConfigMap holds the classic JSON, the one shape Grafana's file"
                + " provisioning (the sidecar's reader) loads.";
        files.accept(GeneratedFile.text(DashboardPaths.configMap(dashboard),
                YamlFormat.write(configMap(model, dashboard, classicJson), sidecarNote)));
        files.accept(GeneratedFile.text(DashboardPaths.grafanaManifest(dashboard),
                YamlFormat.writeKeepingNulls(grafanaManifest(model, dashboard.uid(), resource), settings.header())));
    }

    /** The GrafanaManifest of a folder's Folder resource, so that the folder a dashboard names exists. */
    static void renderFolder(Observability model, RenderSettings settings, String folderName,
                             Consumer<GeneratedFile> files) {
        files.accept(GeneratedFile.text(DashboardPaths.folderManifest(folderName),
                YamlFormat.write(grafanaManifest(model, DashboardPaths.folderManifestName(folderName),
                        FolderResource.of(folderName)), settings.header())));
    }

    // GrafanaManifestSpec: the common instanceSelector, resyncPeriod and allowCrossNamespaceImport, and the resource
    // under template (apiVersion, kind, metadata, spec), as grafana-operator's api/v1beta1 declares them.
    private static Map<String, Object> grafanaManifest(Observability model, String name, Map<String, Object> resource) {
        JsonObject spec = JsonObject.of()
                .put("instanceSelector", JsonObject.of().put("matchLabels", INSTANCE_SELECTOR))
                .put("resyncPeriod", "10m")
                .put("template", resource);
        if (model.isTeam()) {
            spec.put("allowCrossNamespaceImport", true);
        }
        return JsonObject.of()
                .put("apiVersion", "grafana.integreatly.org/v1beta1")
                .put("kind", "GrafanaManifest")
                .put("metadata", JsonObject.of().put("name", name).putIfPresent("namespace", namespace(model))
                        .put("labels", labels(model)))
                .put("spec", spec)
                .map();
    }

    private static Map<String, Object> configMap(Observability model, Dashboard dashboard, String json) {
        JsonObject metadata = JsonObject.of()
                .put("name", configMapName(dashboard))
                .putIfPresent("namespace", namespace(model))
                .put("labels", labels(model).put("grafana_dashboard", "1"));
        if (!dashboard.folder().isEmpty()) {
            metadata.put("annotations", JsonObject.of().put("grafana_folder", dashboard.folder()));
        }
        return JsonObject.of()
                .put("apiVersion", "v1")
                .put("kind", "ConfigMap")
                .put("metadata", metadata)
                .put("data", JsonObject.of().put(dataKey(dashboard), json))
                .map();
    }

    private static Map<String, Object> grafanaDashboard(Observability model, Dashboard dashboard) {
        JsonObject spec = JsonObject.of()
                .put("instanceSelector", JsonObject.of().put("matchLabels", INSTANCE_SELECTOR))
                .put("uid", dashboard.uid())
                .put("resyncPeriod", "10m")
                .put("configMapRef", JsonObject.of().put("name", configMapName(dashboard)).put("key", dataKey(dashboard)));
        if (!dashboard.folder().isEmpty()) {
            spec.put("folder", dashboard.folder());
        }
        if (model.isTeam()) {
            // The team's namespace is rarely Grafana's: without this the operator matches only Grafanas beside it.
            spec.put("allowCrossNamespaceImport", true);
        }
        return JsonObject.of()
                .put("apiVersion", "grafana.integreatly.org/v1beta1")
                .put("kind", "GrafanaDashboard")
                .put("metadata", JsonObject.of().put("name", dashboard.uid()).putIfPresent("namespace", namespace(model))
                        .put("labels", labels(model)))
                .put("spec", spec)
                .map();
    }

    // A team's resources go to its namespace; the platform's to the namespace they are applied in.
    private static String namespace(Observability model) {
        return model.isTeam() ? model.team().namespace() : null;
    }

    private static JsonObject labels(Observability model) {
        return JsonObject.of().put("app.kubernetes.io/managed-by", "obsgen").put("app.kubernetes.io/part-of", model.name());
    }

    private static String configMapName(Dashboard dashboard) {
        return "grafana-dashboard-" + dashboard.uid();
    }

    private static String dataKey(Dashboard dashboard) {
        return dashboard.uid() + ".json";
    }
}
