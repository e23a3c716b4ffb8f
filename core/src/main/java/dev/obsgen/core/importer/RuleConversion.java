package dev.obsgen.core.importer;

import dev.obsgen.core.lint.RuleSource;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a rule as written into the builder values of the model: the {@code severity} label into the model's
 * severity when it is one the model knows, summary and description into their fields, and {@code runbook_url} into a
 * runbook slug under the one URL pattern the model has, or, where it does not fit, into the alert's own runbook URL.
 * Import declares rules this way, and lint checks rule files as the rules import would declare.
 */
public final class RuleConversion {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private RuleConversion() {
    }

    /**
     * The runbook URL pattern most alerts fit: the part of their {@code runbook_url} before a final slug, with
     * {@code %s} for the slug; empty when no alert has a runbook URL. Ties go to the pattern first in text order.
     */
    static Optional<String> runbookPattern(List<RuleSource> rules) {
        Map<String, Long> counts = rules.stream()
                .map(rule -> rule.annotations().get("runbook_url"))
                .filter(url -> url != null && slugStart(url) > 0)
                .collect(Collectors.groupingBy(url -> url.substring(0, slugStart(url)) + "%s", TreeMap::new,
                        Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<String, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** Where the slug of a URL starts, after its last slash, or -1 when what follows is no slug. */
    private static int slugStart(String url) {
        int slash = url.lastIndexOf('/');
        return slash >= 0 && SLUG.matcher(url.substring(slash + 1)).matches() ? slash + 1 : -1;
    }

    /**
     * The rule as import would declare it in a model (with no runbook pattern), for the model's checks to read;
     * what import would note about it is left to import.
     */
    public static Rule modelRule(RuleSource source) {
        ImportedRule rule = convert(source, source.file(), source.group(), null, new ImportNotes());
        return ImportedModelBuilder.rule(rule, source.name());
    }

    static ImportedRule convert(RuleSource source, String file, String group, String runbookPattern,
                                ImportNotes notes) {
        Map<String, String> labels = new TreeMap<>(source.labels());
        Map<String, String> annotations = new TreeMap<>(source.annotations());
        String element = (source.isAlert() ? "alert '" : "recording rule '") + source.name() + "' in group '"
                + group + "'";
        String expr = source.expr().strip();
        if (!source.isAlert()) {
            String designNote = null;
            if (!annotations.isEmpty()) {
                notes.add(file, element, "annotations " + annotations.keySet() + " on a recording rule are ignored by "
                        + "Prometheus and have no place in the model; kept in its design note");
                designNote = "imported: the rule file gave it annotations " + annotations
                        + ", which Prometheus ignores on recording rules";
            }
            return new ImportedRule(file, group, false, source.name(), expr, null, null, null, new TreeMap<>(labels),
                    null, null, null, null, null, designNote, null);
        }
        Severity severity = null;
        String label = labels.get(Severity.LABEL);
        for (Severity known : Severity.values()) {
            if (known.label().equals(label)) {
                severity = known;
                labels.remove(Severity.LABEL);
            }
        }
        String summary = annotations.remove("summary");
        String description = annotations.remove("description");
        if (summary == null) {
            notes.add(file, element, "has no summary annotation; the model writes the annotation empty");
        }
        if (description == null) {
            notes.add(file, element, "has no description annotation; the model writes the annotation empty");
        }
        String url = annotations.remove("runbook_url");
        String slug = fittingSlug(url, runbookPattern);
        String runbookUrl = null;
        if (slug == null && url != null) {
            // A runbook the pattern cannot give is linked as it is, by its own URL.
            runbookUrl = url;
        } else if (slug == null) {
            slug = source.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (slug.isEmpty()) {
                slug = "imported-alert";
            }
            String pattern = runbookPattern == null ? "runbooks/%s.md" : runbookPattern;
            notes.add(file, element, "has no runbook_url; the generated rule links to '" + pattern.replace("%s", slug)
                    + "', a runbook stub obsgen writes");
        }
        return new ImportedRule(file, group, true, source.name(), expr, source.forDuration(), source.keepFiringFor(),
                severity, new TreeMap<>(labels), summary, description, slug, runbookUrl, new TreeMap<>(annotations),
                null, null);
    }

    private static String fittingSlug(String url, String pattern) {
        if (url == null || pattern == null) {
            return null;
        }
        String prefix = pattern.substring(0, pattern.length() - 2);
        if (url.startsWith(prefix) && SLUG.matcher(url.substring(prefix.length())).matches()) {
            return url.substring(prefix.length());
        }
        return null;
    }
}
