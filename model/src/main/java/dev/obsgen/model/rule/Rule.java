package dev.obsgen.model.rule;

import java.util.Map;


/** A Prometheus rule: alerting or recording. */
public sealed interface Rule permits AlertRule, RecordingRule {
    /** The alert name or the recorded series name. */
    String name();

    String expr();

    Map<String, String> labels();

    /** Check ids silenced on this rule, each with the reason printed where the finding would be. */
    Map<String, String> suppressions();

    /** Whether the rule was brought in from an existing rule file and may lack its scenarios or examples. */
    boolean imported();

    static AlertRule.Builder alert(String name) {
        return new AlertRule.Builder(name);
    }

    static RecordingRule.Builder record(String seriesName) {
        return new RecordingRule.Builder(seriesName);
    }
}
