package dev.obsgen.core.render.grafana;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every dashboard of the model as Grafana JSON for the target release. JSON has no comments, so these files carry
 * no generated-by header; the manifest lists them instead.
 */
public final class DashboardRenderer implements StreamingRenderer {
    private final GrafanaVersion version;

    public DashboardRenderer(GrafanaVersion version) {
        this.version = version;
    }

    public DashboardRenderer() {
        this(GrafanaVersion.DEFAULT);
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        for (Dashboard dashboard : model.dashboards()) {
            files.accept(GeneratedFile.text(DashboardPaths.dashboard(dashboard), json(dashboard)));
        }
    }

    /** The dashboard's JSON text, as written to its file. */
    public String json(Dashboard dashboard) {
        return DashboardJsonFormat.write(tree(dashboard));
    }

    /** The dashboard's classic JSON as the tree of sorted maps, lists and values its text is written from. */
    public Map<String, Object> tree(Dashboard dashboard) {
        return new DashboardJson(version).dashboard(dashboard);
    }
}
