package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.render.grafana.v2.DashboardV2;
import dev.obsgen.core.render.grafana.v2.V2Unsupported;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Every dashboard's files in the chosen {@link DashboardFormat}: its file under {@code grafana/dashboards/} and its
 * Kubernetes resources. Each dashboard's classic tree is built once and written as it is (classic), or wrapped.
 *
 * <p>In a resource format {@code grafana/dashboards/} is laid out as Git Sync reads a repository and grafanactl
 * pushes a directory: a directory per folder, holding the folder's {@code _folder.json} (a Folder resource with a
 * uid derived from the folder's name) and its dashboards as resources.
 */
public final class DashboardFilesRenderer implements StreamingRenderer {
    private final GrafanaVersion version;
    private final DashboardFormat format;

    public DashboardFilesRenderer(GrafanaVersion version, DashboardFormat format) {
        this.version = version;
        this.format = format;
    }

    /** Classic JSON for the release, as before formats. */
    public DashboardFilesRenderer(GrafanaVersion version) {
        this(version, DashboardFormat.CLASSIC);
    }

    public DashboardFilesRenderer() {
        this(GrafanaVersion.DEFAULT);
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        for (Dashboard dashboard : model.dashboards()) {
            Map<String, Object> classic = new DashboardJson(version).dashboard(dashboard);
            String classicText = DashboardJsonFormat.write(classic);
            if (format == DashboardFormat.CLASSIC) {
                files.accept(GeneratedFile.text(DashboardPaths.dashboard(dashboard), classicText));
                DashboardKubernetesRenderer.render(model, settings, dashboard, classicText, files);
                continue;
            }
            Map<String, Object> resource = DashboardResource.of(dashboard, spec(dashboard, classic), format, version);
            files.accept(GeneratedFile.text(DashboardPaths.dashboard(dashboard), DashboardJsonFormat.write(resource)));
            DashboardKubernetesRenderer.renderResource(model, settings, dashboard, classicText, resource, format, files);
        }
        if (format != DashboardFormat.CLASSIC) {
            for (String folder : folders(model)) {
                files.accept(GeneratedFile.text(DashboardPaths.folderMetadata(folder),
                        DashboardJsonFormat.write(FolderResource.of(folder))));
                DashboardKubernetesRenderer.renderFolder(model, settings, folder, files);
            }
        }
    }

    /** The dashboard in the format's shape: the classic tree itself, or the v2 spec made from it. */
    private Object spec(Dashboard dashboard, Map<String, Object> classic) {
        if (format != DashboardFormat.V2) {
            return classic;
        }
        try {
            // The v2 check refuses a dashboard v2 cannot hold before anything is rendered.
            return DashboardV2.spec(classic, version);
        } catch (V2Unsupported refused) {
            throw V2Refusal.of(dashboard, refused);
        }
    }

    private static TreeSet<String> folders(Observability model) {
        TreeSet<String> folders = new TreeSet<>();
        for (Dashboard dashboard : model.dashboards()) {
            if (!dashboard.folder().isEmpty()) {
                folders.add(dashboard.folder());
            }
        }
        return folders;
    }
}
