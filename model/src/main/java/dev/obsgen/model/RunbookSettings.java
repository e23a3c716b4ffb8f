package dev.obsgen.model;

import dev.obsgen.model.rule.AlertRule;

/**
 * Where runbooks live. {@code urlPattern} turns a runbook slug into the {@code runbook_url} annotation, with
 * {@code %s} standing for the slug (the mixins' runbookURLPattern).
 */
public record RunbookSettings(String urlPattern) {
    public String url(String slug) {
        return urlPattern.replace("%s", slug);
    }

    /** The alert's {@code runbook_url}: its own URL, or its slug under the pattern; null when it has neither. */
    public String link(AlertRule alert) {
        if (alert.runbookUrl() != null) {
            return alert.runbookUrl();
        }
        return alert.runbook() == null ? null : url(alert.runbook());
    }
}
