package dev.obsgen.core.render.docs;

import dev.obsgen.model.Observability;
import dev.obsgen.model.collection.Link;
import dev.obsgen.model.collection.Signal;
import dev.obsgen.model.log.LogEvent;
import dev.obsgen.model.log.LogField;
import dev.obsgen.model.log.LogSource;
import dev.obsgen.model.trace.Span;
import dev.obsgen.model.trace.SpanAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog's data for logs, traces and collection: the log record's fields, the log events with their typed
 * fields, the log files and who collects them, the spans and their tree, and the links of the topology. Empty
 * lists when the model has none, so the template leaves the sections out.
 */
final class TelemetryCatalog {
    private TelemetryCatalog() {
    }

    static Map<String, Object> data(Observability model) {
        Map<String, Object> data = new HashMap<>();
        List<Map<String, Object>> fields = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        if (model.logs() != null) {
            for (LogField field : model.logs().record().fields()) {
                fields.add(entry("path", field.path(), "type", field.type().mapping(), "description", field.description()));
            }
            for (LogEvent event : model.logs().events()) {
                Map<String, Object> entry = entry("name", event.name(), "level", event.level().name(),
                        "message", event.message(), "description", event.description());
                entry.put("fields", event.fields().stream().map(f -> f.path() + " (" + f.type().mapping() + ")")
                        .collect(Collectors.joining(", ")));
                events.add(entry);
            }
            for (LogSource source : model.logs().sources()) {
                List<String> agents = model.collection() == null ? List.of() : model.collection().links().stream()
                        .filter(l -> l.from().equals(source.service()) && l.signal() == Signal.LOGS).map(Link::to)
                        .distinct().toList();
                sources.add(entry("name", source.name(), "service", source.service(),
                        "paths", String.join(", ", source.paths()), "collectedBy", String.join(", ", agents)));
            }
        }
        List<Map<String, Object>> spans = new ArrayList<>();
        for (Span span : model.spans()) {
            Map<String, Object> entry = entry("name", span.name(), "parent", span.parent() == null ? "-" : span.parent(),
                    "kind", span.kind().label(), "description", span.description());
            entry.put("attributes", span.attributes().stream().map(TelemetryCatalog::attribute)
                    .collect(Collectors.joining(", ")));
            spans.add(entry);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        if (model.collection() != null) {
            for (Link link : model.collection().links()) {
                links.add(entry("from", link.from(), "signal", link.signal().label(), "to", link.to()));
            }
        }
        data.put("logFields", fields);
        data.put("logTimestampExample", model.logs() == null ? "" : model.logs().record().timestampExample());
        data.put("logEvents", events);
        data.put("logSources", sources);
        data.put("spans", spans);
        data.put("spanTree", SpanTreeText.draw(model.spans()));
        data.put("collectionLinks", links);
        return data;
    }

    private static String attribute(SpanAttribute attribute) {
        return attribute.name() + " (" + attribute.type().label() + ")";
    }

    private static Map<String, Object> entry(String... keysAndValues) {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entry.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return entry;
    }
}
