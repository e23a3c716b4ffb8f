package dev.obsgen.it.stack;

import dev.obsgen.core.Generation;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import java.nio.file.Path;

/** The files of a model, rendered by obsgen's own generation (checks first) into a directory the stack reads. */
public final class StackFiles {
    public static final String PROMETHEUS_CONFIG = "prometheus/prometheus.yml";
    public static final String RULES_DIRECTORY = "prometheus/rules";
    public static final String ALERTMANAGER_CONFIG = "alertmanager/alertmanager.yml";

    private StackFiles() {
    }

    /**
     * Checks and renders the model, then writes its files; a model the checks reject throws
     * {@link dev.obsgen.core.ModelRejectedException} before anything is written.
     */
    public static Path render(Observability model, Path directory) {
        new OutputWriter().write(Generation.standard()
                .render(model, RenderSettings.of(LocalStackProfile.class.getSimpleName() + " of " + model.name()))
                .output(), directory);
        return directory;
    }
}
