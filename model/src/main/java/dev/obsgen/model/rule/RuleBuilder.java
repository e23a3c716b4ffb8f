package dev.obsgen.model.rule;

import dev.obsgen.model.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What alerting and recording rule builders share: the expression, labels, a design note, suppressions and the mark
 * of an imported rule. Start one with {@link Rule#alert} or {@link Rule#record}.
 */
public abstract class RuleBuilder<B extends RuleBuilder<B, R>, R extends Rule> {
    private final String name;
    private String expr;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String designNote = "";
    private final Map<String, String> suppressions = new LinkedHashMap<>();
    private boolean imported;

    RuleBuilder(String name) {
        this.name = name;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    public B expr(String promql) {
        this.expr = promql;
        return self();
    }

    public B label(String labelName, String value) {
        labels.put(labelName, value);
        return self();
    }

    /** Replaces the labels declared so far. */
    public B labels(Map<String, String> values) {
        Values.replace(labels, values);
        return self();
    }

    public B designNote(String note) {
        this.designNote = note;
        return self();
    }

    /** Silences one check on this rule's expression; the reason is printed wherever the finding would be. */
    public B suppress(String checkId, String reason) {
        suppressions.put(checkId, reason);
        return self();
    }

    /**
     * Marks a rule brought in from an existing rule file: until it has its scenarios or examples, their absence is a
     * warning, not an error, so an imported model generates at once and gains tests over time.
     */
    public B imported() {
        this.imported = true;
        return self();
    }

    /** Copies what every rule has into this builder, for a rule's {@code toBuilder()}. */
    B copied(Rule rule) {
        expr = rule.expr();
        labels(rule.labels());
        suppressions.putAll(rule.suppressions());
        imported = rule.imported();
        return self();
    }

    String name() {
        return name;
    }

    String expr() {
        return expr;
    }

    Map<String, String> labels() {
        return labels;
    }

    String designNote() {
        return designNote;
    }

    Map<String, String> suppressions() {
        return suppressions;
    }

    boolean isImported() {
        return imported;
    }

    public abstract R build();
}
