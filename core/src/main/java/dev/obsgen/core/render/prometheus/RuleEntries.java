package dev.obsgen.core.render.prometheus;

import dev.obsgen.model.Observability;
import dev.obsgen.model.alerting.Severity;
import dev.obsgen.model.rule.AlertRule;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.Rule;
import dev.obsgen.model.rule.RuleGroup;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How model rules become rule file entries: the severity becomes a label, summary, description and the runbook URL
 * become annotations. The rule tests use the same labels and annotations, so a test expects exactly what the rule
 * file says.
 */
final class RuleEntries {
    private RuleEntries() {
    }

    static RuleFileDocument document(Observability model, List<RuleGroup> groups) {
        return document(model, groups, false);
    }

    /**
     * With {@code clearOwner}, as the platform's rules are composed with teams: a platform alert that does not set
     * the owner label sets it empty, which Prometheus drops, so an alert whose series carry a {@code team} label (one
     * copied from a pod's labels, say) is still the platform's and is not routed to that team.
     */
    static RuleFileDocument document(Observability model, List<RuleGroup> groups, boolean clearOwner) {
        return new RuleFileDocument(groups.stream().map(g -> group(model, g, clearOwner)).toList());
    }

    private static RuleFileDocument.Group group(Observability model, RuleGroup group, boolean clearOwner) {
        return new RuleFileDocument.Group(group.name(), group.interval(), group.limit(),
                group.rules().stream().map(rule -> entry(model, rule, clearOwner)).toList());
    }

    private static RuleFileDocument.Entry entry(Observability model, Rule rule, boolean clearOwner) {
        if (rule instanceof AlertRule alert) {
            Map<String, String> labels = labels(alert);
            if (clearOwner) {
                labels.putIfAbsent(model.prometheus().ownerLabel(), "");
            }
            return new RuleFileDocument.Entry(null, alert.name(), alert.expr().strip(), alert.forDuration(),
                    alert.keepFiringFor(), labels, annotations(model, alert));
        }
        RecordingRule recording = (RecordingRule) rule;
        return new RuleFileDocument.Entry(recording.name(), null, recording.expr().strip(), null, null,
                recording.labels().isEmpty() ? null : recording.labels(), null);
    }

    static Map<String, String> labels(AlertRule alert) {
        Map<String, String> labels = new TreeMap<>(alert.labels());
        if (alert.severity() != null) {
            labels.put(Severity.LABEL, alert.severity().label());
        }
        return labels;
    }

    static Map<String, String> annotations(Observability model, AlertRule alert) {
        Map<String, String> annotations = new TreeMap<>(alert.annotations());
        annotations.put("summary", alert.summary());
        annotations.put("description", alert.description());
        String runbook = model.runbooks().link(alert);
        if (runbook != null) {
            annotations.put("runbook_url", runbook);
        }
        return annotations;
    }
}
