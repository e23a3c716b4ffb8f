package dev.obsgen.core.render.prometheus;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.RuleGroup;
import java.util.List;
import java.util.function.Consumer;

/** One Prometheus rule file per rule group, under {@code prometheus/rules/}. */
public final class RuleFileRenderer implements StreamingRenderer {
    public static final String DIRECTORY = "prometheus/rules/";

    public static String path(RuleGroup group) {
        return DIRECTORY + group.name() + ".yml";
    }

    /** The platform's rules composed with teams leave no alert to carry a team's name from its series. */
    static boolean clearsOwner(Observability model, RenderSettings settings) {
        return settings.composed() && !model.isTeam();
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        boolean clearsOwner = clearsOwner(model, settings);
        for (RuleGroup group : model.ruleGroups()) {
            files.accept(GeneratedFile.text(path(group),
                    YamlFormat.write(RuleEntries.document(model, List.of(group), clearsOwner), settings.header())));
        }
    }
}
