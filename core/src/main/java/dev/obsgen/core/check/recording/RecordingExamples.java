package dev.obsgen.core.check.recording;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.RuleCheck;
import dev.obsgen.core.check.RuleTests;
import dev.obsgen.model.rule.RecordingExample;
import dev.obsgen.model.rule.RecordingRule;

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
public final class RecordingExamples implements RuleCheck {
    @Override
    public void checkRecording(GroupedRule<RecordingRule> rule, FindingSink findings) {
        if (rule.rule().examples().isEmpty()) {
            RuleTests.reportMissing(rule, "has no example; add withExample(RecordingExample.named(...)) with its "
                    + "expected samples", findings);
        }
        for (RecordingExample example : rule.rule().examples()) {
            String where = RuleTests.where(rule, "example", example.name());
            RuleTests.reportIncomplete(where, example.input(), example.evalTime(), findings);
            if (example.samples().isEmpty()) {
                findings.report(where, "expects no sample; state what the rule must record");
            }
        }
    }
}
