package dev.obsgen.core.render.runbook;

import dev.obsgen.core.check.SharedNames;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.StreamingRenderer;
import dev.obsgen.core.render.TemplateEngine;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A runbook stub per runbook slug, from the {@code runbook.md.ftl} template. Stubs are seeds: written once, then
 * owned by the people who fill them in. Alerts that share a runbook (a warning and a critical alert of one name)
 * share its page, one section each.
 */
public final class RunbookRenderer implements StreamingRenderer {
    public static final String DIRECTORY = "runbooks/";
    public static final String TEMPLATE = "runbook.md.ftl";

    public static String path(String slug) {
        return DIRECTORY + slug + ".md";
    }

    @Override
    public void render(Observability model, RenderSettings settings, Consumer<GeneratedFile> files) {
        Map<String, List<Map<String, Object>>> alertsBySlug = new TreeMap<>();
        SharedNames shared = SharedNames.of(model);
        for (RuleGroup group : model.ruleGroups()) {
            for (AlertRule alert : group.alerts()) {
                if (alert.runbook() == null) {
                    // Its runbook lives elsewhere (runbookUrl): there is no stub to write.
                    continue;
                }
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("name", alert.name());
                // Alerts of one name on one page are told apart by their labels; the severity is shown anyway.
                Map<String, String> labels = new TreeMap<>(shared.distinguishing(alert));
                labels.remove(Severity.LABEL);
                entry.put("labels", SharedNames.selector(labels));
                entry.put("group", group.name());
                // An imported alert may keep a severity the model has no value for, as a label.
                entry.put("severity", alert.severity() != null ? alert.severity().label()
                        : alert.labels().getOrDefault(Severity.LABEL, ""));
                entry.put("summary", alert.summary() == null ? "" : alert.summary());
                entry.put("description", alert.description() == null ? "" : alert.description());
                entry.put("expr", alert.expr().strip());
                entry.put("for", alert.forDuration() == null ? "0s" : alert.forDuration());
                alertsBySlug.computeIfAbsent(alert.runbook(), slug -> new ArrayList<>()).add(entry);
            }
        }
        TemplateEngine templates = new TemplateEngine(settings.templatesDirectory());
        alertsBySlug.forEach((slug, alerts) -> {
            Map<String, Object> data = new HashMap<>();
            data.put("slug", slug);
            data.put("alerts", alerts);
            data.put("source", settings.source());
            files.accept(GeneratedFile.seed(path(slug), templates.render(TEMPLATE, data)));
        });
    }
}
