package dev.obsgen.core.render.alertmanager;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.List;

// TEMPORARY placeholder until the real renderer is merged.
public final class AlertmanagerConfigResourceRenderer implements Renderer {
    public static String path(Observability team) {
        return "kubernetes/" + team.name() + "-alertmanagerconfig.yaml";
    }

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        return List.of();
    }
}
