package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.List;
import java.util.Map;

/**
 * Grafana's dashboard provider: load the dashboard files from disk and take each folder from its directory, so
 * the folder a dashboard declares is the folder it lands in. Dashboards are code, so deleting or editing them in
 * the UI is refused. The path is where the Grafana container mounts {@code generated/grafana/dashboards}.
 */
public final class DashboardProvisioningRenderer implements Renderer {
    public static final String MOUNT_PATH = "/var/lib/grafana/dashboards/obsgen";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (model.dashboards().isEmpty()) {
            return List.of();
        }
        Map<String, Object> provider = JsonObject.of()
                .put("name", "obsgen-" + model.name())
                .put("orgId", 1)
                .put("folder", "")
                .put("folderUid", "")
                .put("type", "file")
                .put("disableDeletion", true)
                .put("allowUiUpdates", false)
                .put("updateIntervalSeconds", 30)
                .put("options", JsonObject.of().put("path", MOUNT_PATH).put("foldersFromFilesStructure", true))
                .map();
        Map<String, Object> document = JsonObject.of().put("apiVersion", 1).put("providers", List.of(provider)).map();
        return List.of(GeneratedFile.text(DashboardPaths.DASHBOARD_PROVIDER, YamlFormat.write(document, settings.header())));
    }
}
