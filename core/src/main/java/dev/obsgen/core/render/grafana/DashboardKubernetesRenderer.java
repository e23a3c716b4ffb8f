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
