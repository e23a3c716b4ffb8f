package dev.obsgen.core.check.recording;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.Elements;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.core.check.SharedNames;
import dev.obsgen.model.Observability;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import dev.obsgen.model.rule.RuleGroup;

/**
 * Every recording rule is tested: at least one example with input series, a time and the samples it must record. A
 * rule marked {@code imported()} without examples is a warning, not an error, until it gains them.
 */
@CheckDefinition(
        id = "recording/examples",
        severity = FindingSeverity.ERROR,
        summary = "Every recording rule has an example with input series and expected samples.",
        example = "Rule.record(\"job:queue_depth:max\").expr(\"max by (job) (queue_depth)\") with no example",
        fix = "Add withExample(RecordingExample.named(...).withInput(...).at(\"10m\").withSample(value, labels...)). "
                + "A rule brought in from an existing rule file and marked imported() only warns while it lacks one.")
public final class RecordingExamples implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        SharedNames shared = SharedNames.of(model);
        for (RuleGroup group : model.ruleGroups()) {
            for (RecordingRule rule : group.recordingRules()) {
                String element = Elements.recording(shared, group, rule);
                if (rule.examples().isEmpty() && rule.imported()) {
                    findings.report(FindingSeverity.WARNING, element, "is imported and untested: it has no example; "
                            + "add withExample(RecordingExample.named(...)) with its expected samples");
                } else if (rule.examples().isEmpty()) {
                    findings.report(element, "has no example; add withExample(RecordingExample.named(...)) with its expected samples");
                }
                for (RecordingExample example : rule.examples()) {
                    String where = element + ", example '" + example.name() + "'";
                    if (example.input().isEmpty()) {
                        findings.report(where, "has no input series");
                    }
                    if (example.evalTime() == null) {
                        findings.report(where, "has no evaluation time; set at(\"10m\")");
                    }
                    if (example.samples().isEmpty()) {
                        findings.report(where, "expects no sample; state what the rule must record");
                    }
                }
            }
        }
    }
}
