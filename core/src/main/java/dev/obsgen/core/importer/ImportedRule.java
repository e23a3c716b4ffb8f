package dev.obsgen.core.importer;

import dev.obsgen.model.alerting.Severity;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One rule as the imported model declares it: the values its builder calls receive, from which both the generated
 * source and the in-memory model the checks run on are made, so the two cannot differ.
 *
 * @param severity     the model's severity when the rule's {@code severity} label is one it knows, otherwise null
 *                     (the label, if any, stays in {@code labels})
 * @param runbook      the runbook slug, or null for a recording rule or one linked by {@code runbookUrl}
 * @param runbookUrl   the rule file's {@code runbook_url} where it does not fit the model's pattern, or null
 * @param designNote   what the rule file said that the model cannot, kept in the rule's design note, or null
 * @param suppressions check id to reason, for the findings the checks report on the imported rule
 */
public record ImportedRule(String file, String group, boolean alert, String name, String expr, String forDuration,
                           String keepFiringFor, Severity severity, SortedMap<String, String> labels, String summary,
                           String description, String runbook, String runbookUrl, SortedMap<String, String> annotations,
                           String designNote, SortedMap<String, String> suppressions) {
    public ImportedRule {
        labels = new TreeMap<>(labels == null ? Map.of() : labels);
        annotations = new TreeMap<>(annotations == null ? Map.of() : annotations);
        suppressions = new TreeMap<>(suppressions == null ? Map.of() : suppressions);
    }

    public ImportedRule withSuppressions(Map<String, String> replacement) {
        return new ImportedRule(file, group, alert, name, expr, forDuration, keepFiringFor, severity, labels, summary,
                description, runbook, runbookUrl, annotations, designNote, new TreeMap<>(replacement));
    }

    /** How notes name the rule, as the input file does. */
    public String element() {
        return (alert ? "alert '" : "recording rule '") + name + "' in group '" + group + "'";
    }
}
