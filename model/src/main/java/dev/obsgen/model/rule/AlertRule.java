package dev.obsgen.model.rule;

import dev.obsgen.model.Nullable;
import dev.obsgen.model.Values;
import dev.obsgen.model.alerting.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An alerting rule. {@code summary} is one plain sentence; {@code description} may use {@code {{ $labels.x }}}
 * and {@code {{ $value }}}; {@code runbook} is the runbook's slug, turned into a URL by the model's runbook pattern.
 * {@code runbookUrl} is a runbook that lives elsewhere, used instead of a slug. {@code annotations} holds any further
 * annotations. {@code imported} marks an alert brought in from an existing
 * rule file (see {@link Builder#imported()}).
 */
public record AlertRule(String name, String expr, @Nullable String forDuration, @Nullable String keepFiringFor,
                        @Nullable Severity severity, Map<String, String> labels, @Nullable String summary,
                        @Nullable String description, @Nullable String runbook, Map<String, String> annotations,
                        List<AlertScenario> scenarios, String designNote, Map<String, String> suppressions,
                        boolean imported, @Nullable String runbookUrl)
        implements Rule {
    public AlertRule {
        labels = Values.sorted(labels);
        annotations = Values.sorted(annotations);
        scenarios = Values.list(scenarios);
        designNote = designNote == null ? "" : designNote;
        suppressions = Values.sorted(suppressions);
    }

    /** A builder holding this alert: {@code with…} and {@code label} append, {@code labels} replaces. */
    public Builder toBuilder() {
        Builder builder = new Builder(name).copied(this).forDuration(forDuration).keepFiringFor(keepFiringFor)
                .severity(severity).summary(summary).description(description).runbook(runbook).runbookUrl(runbookUrl)
                .designNote(designNote);
        builder.annotations.putAll(annotations);
        builder.scenarios.addAll(scenarios);
        return builder;
    }

    public static final class Builder extends RuleBuilder<Builder, AlertRule> {
        private String forDuration;
        private String keepFiringFor;
        private Severity severity;
        private String summary;
        private String description;
        private String runbook;
        private final Map<String, String> annotations = new LinkedHashMap<>();
        private final List<AlertScenario> scenarios = new ArrayList<>();
        private String runbookUrl;

        Builder(String name) {
            super(name);
        }

        /** How long the condition must hold before the alert fires (the rule's {@code for}). */
        public Builder forDuration(String duration) {
            this.forDuration = duration;
            return this;
        }

        public Builder keepFiringFor(String duration) {
            this.keepFiringFor = duration;
            return this;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        public Builder description(String template) {
            this.description = template;
            return this;
        }

        public Builder runbook(String slug) {
            this.runbook = slug;
            return this;
        }

        /**
         * Links the alert to a runbook that lives elsewhere, by its absolute URL, instead of a slug under the model's
         * runbook pattern; obsgen writes no stub for it.
         */
        public Builder runbookUrl(String url) {
            this.runbookUrl = url;
            return this;
        }

        public Builder annotation(String name, String value) {
            annotations.put(name, value);
            return this;
        }

        public Builder withScenario(AlertScenario scenario) {
            scenarios.add(scenario);
            return this;
        }

        public Builder withScenario(AlertScenario.Builder scenario) {
            return withScenario(scenario == null ? null : scenario.build());
        }

        @Override
        public AlertRule build() {
            return new AlertRule(name(), expr(), forDuration, keepFiringFor, severity, labels(), summary, description,
                    runbook, annotations, scenarios, designNote(), suppressions(), isImported(), runbookUrl);
        }
    }
}
