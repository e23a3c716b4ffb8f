package dev.obsgen.core.check.promql;

import dev.obsgen.core.gotemplate.AlertTemplate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An alert's label and annotation values as Prometheus reads them, each parsed once as a template for every check
 * that reads it. Prometheus expands the labels and annotations of alerting rules only; a recording rule's labels
 * are plain strings, so other queries have none.
 */
public final class QueryTemplates {
    private final Map<String, String> sources;
    private final Map<String, AlertTemplate> parsedTexts;
    private Map<String, AlertTemplate> parsed;

    private QueryTemplates(Map<String, String> sources, Map<String, AlertTemplate> parsedTexts) {
        this.sources = sources;
        this.parsedTexts = parsedTexts;
    }

    /**
     * The query's templates; a text parsed for another query is taken from {@code parsedTexts}, which the templates
     * parsed here are added to. Alerts share most of their texts (a description, a runbook, a severity), and a parse
     * is the costliest part of checking an alert.
     */
    static QueryTemplates of(Query query, Map<String, AlertTemplate> parsedTexts) {
        return new QueryTemplates(query.kind() == QueryKind.ALERT ? new TreeMap<>(query.templates()) : Map.of(),
                parsedTexts);
    }

    /** Every template by its key ({@code label team}, {@code annotation description}), in key order. */
    public Map<String, AlertTemplate> all() {
        if (parsed == null) {
            Map<String, AlertTemplate> templates = new LinkedHashMap<>();
            sources.forEach((key, text) -> templates.put(key,
                    parsedTexts.computeIfAbsent(text, AlertTemplate::parse)));
            parsed = Collections.unmodifiableMap(templates);
        }
        return parsed;
    }

    /** The key of a label's template in {@link Query#templates()}. */
    public static String labelKey(String name) {
        return "label " + name;
    }

    /** The key of an annotation's template in {@link Query#templates()}. */
    public static String annotationKey(String name) {
        return "annotation " + name;
    }

    public static boolean isLabel(String key) {
        return key.startsWith("label ");
    }

    /** The label's or annotation's name in a key; a key without a kind names an annotation. */
    public static String name(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    /** How a message names the template of a key: {@code label 'team'}, {@code annotation 'description'}. */
    public static String describe(String key) {
        return (isLabel(key) ? "label '" : "annotation '") + name(key) + "'";
    }
}
