package dev.obsgen.it.stack;

import dev.obsgen.core.Generation;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.write.OutputWriter;
import dev.obsgen.model.Observability;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Checks the platform and the teams declared on it together and writes the one composed tree: the platform's
     * files at the root, each team's under {@code teams/<team>/}, one {@code prometheus.yml} and one
     * {@code alertmanager.yml} for all of them. Without teams, the platform's files as {@link #render} writes them.
     */
    public static Path compose(Observability platform, List<Observability> teams, Path directory) {
        if (teams.isEmpty()) {
            return render(platform, directory);
        }
        List<Observability> models = new ArrayList<>();
        models.add(platform);
        models.addAll(teams);
        String source = LocalStackProfile.class.getSimpleName() + " of " + platform.name() + " and its teams "
                + String.join(", ", teams.stream().map(Observability::name).toList());
        new OutputWriter().write(Generation.standard().compose(models, RenderSettings.of(source)).output(), directory);
        return directory;
    }
}
