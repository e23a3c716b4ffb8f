package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.function.Consumer;

/**
 * The files of {@link DashboardRenderer} and {@link DashboardKubernetesRenderer} together, each dashboard's JSON
 * rendered once for its file and its ConfigMap: in place of the two, where both are written.
 */
public final class DashboardFilesRenderer implements StreamingRenderer {
    private final DashboardRenderer json;

    public DashboardFilesRenderer(GrafanaVersion version) {
        this.json = new DashboardRenderer(version);
    }

    public DashboardFilesRenderer() {
        this(GrafanaVersion.DEFAULT);
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        for (Dashboard dashboard : model.dashboards()) {
            String text = json.json(dashboard);
            files.accept(GeneratedFile.text(DashboardPaths.dashboard(dashboard), text));
            DashboardKubernetesRenderer.render(model, settings, dashboard, text, files);
        }
    }
}
