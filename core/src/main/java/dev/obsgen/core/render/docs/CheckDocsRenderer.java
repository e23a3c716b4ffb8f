package dev.obsgen.core.render.docs;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.TemplateEngine;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code docs/checks.md}: every check of the registry with its id, severity, what it catches and how to fix it. */
public final class CheckDocsRenderer implements Renderer {
    public static final String PATH = "docs/checks.md";
    public static final String TEMPLATE = "checks.md.ftl";

    private final CheckRegistry registry;

    public CheckDocsRenderer(CheckRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        List<Map<String, Object>> checks = registry.allChecks().stream().map(CheckDocsRenderer::entry).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("header", settings.header());
        data.put("checks", checks);
        return List.of(GeneratedFile.text(PATH, new TemplateEngine(settings.templatesDirectory()).render(TEMPLATE, data)));
    }

    private static Map<String, Object> entry(Check check) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", check.id());
        entry.put("severity", check.severity().label());
        entry.put("summary", check.summary());
        entry.put("example", check.example());
        entry.put("fix", check.fix());
        return entry;
    }
}
