package dev.obsgen.core.check.recording;

import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.RecordingCheck;
import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;
import java.util.List;

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
public final class RecordingExamples implements RecordingCheck {
    @Override
    public void checkRecording(GroupedRule<RecordingRule> rule, FindingSink findings) {
        List<RecordingExample> examples = rule.rule().examples();
        if (examples.isEmpty() && rule.rule().imported()) {
            findings.report(FindingSeverity.WARNING, rule.element(), "is imported and untested: it has no example; "
                    + "add withExample(RecordingExample.named(...)) with its expected samples");
        } else if (examples.isEmpty()) {
            findings.report(rule.element(), "has no example; add withExample(RecordingExample.named(...)) with its expected samples");
        }
        for (RecordingExample example : examples) {
            String where = rule.element() + ", example '" + example.name() + "'";
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
