package dev.obsgen.core.render.fluentbit;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.Renderer;
import dev.obsgen.core.render.YamlFormat;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.FluentBitAgent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Fluent Bit agent's configuration in both formats from one {@link FluentBitConfig}: classic
 * ({@code fluent-bit.conf} naming {@code parsers.conf}) and YAML ({@code fluent-bit.yaml}, parsers inline, Fluent
 * Bit 3.2+). In YAML, keys are lower case and a repeated classic key becomes a list.
 */
public final class FluentBitRenderer implements Renderer {
    public static final String DIRECTORY = "fluent-bit/";
    public static final String CLASSIC_PATH = DIRECTORY + "fluent-bit.conf";
    public static final String PARSERS_PATH = DIRECTORY + FluentBitConfigs.PARSERS_FILE;
    public static final String YAML_PATH = DIRECTORY + "fluent-bit.yaml";

    @Override
    public List<GeneratedFile> render(Observability model, RenderSettings settings) {
        if (model.collection() == null) {
            return List.of();
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (FluentBitAgent agent : model.collection().agents(FluentBitAgent.class)) {
            FluentBitConfig config = FluentBitConfigs.of(model, agent);
            files.add(GeneratedFile.text(CLASSIC_PATH, classic(config, settings.header())));
            files.add(GeneratedFile.text(PARSERS_PATH, parsers(config, settings.header())));
            files.add(GeneratedFile.text(YAML_PATH, YamlFormat.write(yaml(config), settings.header())));
        }
        return files;
    }

    static String classic(FluentBitConfig config, String header) {
        FluentBitClassicWriter writer = new FluentBitClassicWriter().comment(header);
        List<FluentBitEntry> service = new ArrayList<>(config.service().entries());
        service.add(new FluentBitEntry("Parsers_File", FluentBitConfigs.PARSERS_FILE));
        writer.section(new FluentBitSection("SERVICE", service));
        config.inputs().forEach(writer::section);
        config.filters().forEach(writer::section);
        config.outputs().forEach(writer::section);
        return writer.text();
    }

    static String parsers(FluentBitConfig config, String header) {
        FluentBitClassicWriter writer = new FluentBitClassicWriter().comment(header);
        config.parsers().forEach(writer::section);
        return writer.text();
    }

    static Map<String, Object> yaml(FluentBitConfig config) {
        Map<String, Object> pipeline = new LinkedHashMap<>();
        pipeline.put("inputs", config.inputs().stream().map(FluentBitRenderer::yamlSection).toList());
        pipeline.put("filters", config.filters().stream().map(FluentBitRenderer::yamlSection).toList());
        pipeline.put("outputs", config.outputs().stream().map(FluentBitRenderer::yamlSection).toList());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("service", yamlSection(config.service()));
        document.put("pipeline", pipeline);
        document.put("parsers", config.parsers().stream().map(FluentBitRenderer::yamlSection).toList());
        return document;
    }

    private static Map<String, Object> yamlSection(FluentBitSection section) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (FluentBitEntry entry : section.entries()) {
            String key = entry.key().toLowerCase(Locale.ROOT);
            Object previous = map.get(key);
            if (previous == null) {
                map.put(key, entry.value());
            } else {
                List<Object> values = new ArrayList<>();
                if (previous instanceof List<?> list) {
                    values.addAll(list);
                } else {
                    values.add(previous);
                }
                values.add(entry.value());
                map.put(key, values);
            }
        }
        return map;
    }
}
