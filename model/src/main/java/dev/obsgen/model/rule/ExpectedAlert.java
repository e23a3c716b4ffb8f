package dev.obsgen.model.rule;

import java.util.Map;

import dev.obsgen.model.Values;

/**
 * An alert a scenario expects to fire. {@code labels} are the labels of the alert's series (the rule's
 * own labels, such as severity, are added when the test is written); {@code annotations} need to name only
 * the templated annotations: the literal ones are filled in from the rule.
 */
public record ExpectedAlert(Map<String, String> labels, Map<String, String> annotations) {
    public ExpectedAlert {
        labels = Values.sorted(labels);
        annotations = Values.sorted(annotations);
    }
}
