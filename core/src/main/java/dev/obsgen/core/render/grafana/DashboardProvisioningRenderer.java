package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grafana's dashboard provider: load the dashboard files from disk and take each folder from its directory, so
 * the folder a dashboard declares is the folder it lands in. Dashboards are code, so deleting or editing them in
 * the UI is refused. The path is where the Grafana container mounts {@code generated/grafana/dashboards}; a team's
 * dashboards are mounted at {@code MOUNT_PATH-<team>}, and a composed tree's provider file lists the platform's
 * and every team's.
 *
 * <p>File provisioning reads classic JSON. A v2 resource from a file fails to load up to Grafana 13.0
 * (grafana/grafana#122663, #127928) and reading the v1 resource is not documented, so when dashboards are written
 * as resources the file names no provider and says why: Git Sync (a repository, or a local path) reads them.
 */
public final class DashboardProvisioningRenderer implements Renderer {
    public static final String MOUNT_PATH = "/var/lib/grafana/dashboards/obsgen";

    private final DashboardFormat format;

    public DashboardProvisioningRenderer(DashboardFormat format) {
        this.format = format;
    }

    public DashboardProvisioningRenderer() {
        this(DashboardFormat.CLASSIC);
    }

    public static String path(Observability model) {
        return model.isTeam() ? DashboardPaths.PROVISIONING + "/obsgen-" + model.name() + ".yaml"
                : DashboardPaths.DASHBOARD_PROVIDER;
    }

    public static String mountPath(Observability model) {
        return model.isTeam() ? MOUNT_PATH + "-" + model.name() : MOUNT_PATH;
    }

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (model.isTeam() && settings.composed()) {
            return List.of();
        }
        List<Observability> owners = new ArrayList<>();
        owners.add(model);
        settings.composition().ifPresent(composition -> owners.addAll(composition.teams()));
        List<Map<String, Object>> providers = owners.stream()
                .filter(owner -> !owner.dashboards().isEmpty())
                .map(DashboardProvisioningRenderer::provider)
                .toList();
        if (providers.isEmpty()) {
            return List.of();
        }
        String header = settings.header();
        if (format != DashboardFormat.CLASSIC) {
            providers = List.of();
            header += "\n# No provider: the dashboards are written as " + DashboardResource.describe(format)
                    + "s, and Grafana's file provisioning reads classic JSON only."
                    + "\n# Load grafana/dashboards with Git Sync (a repository, or a local path), grafanactl resources"
                    + " push, or the GrafanaManifests; or generate with --dashboard-format classic.";
        }
        Map<String, Object> document = JsonObject.of().put("apiVersion", 1).put("providers", providers).map();
        return List.of(GeneratedFile.text(path(model), YamlFormat.write(document, header)));
    }

    private static Map<String, Object> provider(Observability model) {
        return JsonObject.of()
                .put("name", "obsgen-" + model.name())
                .put("orgId", 1)
                .put("folder", "")
                .put("folderUid", "")
                .put("type", "file")
                .put("disableDeletion", true)
                .put("allowUiUpdates", false)
                .put("updateIntervalSeconds", 30)
                .put("options", JsonObject.of().put("path", mountPath(model)).put("foldersFromFilesStructure", true))
                .map();
    }
}
