package dev.obsgen.model;

/**
 * Where runbooks live. {@code urlPattern} turns a runbook slug into the {@code runbook_url} annotation, with
 * {@code %s} standing for the slug (the mixins' runbookURLPattern).
 */
public record RunbookSettings(String urlPattern) {
    public String url(String slug) {
        return urlPattern.replace("%s", slug);
    }
}
