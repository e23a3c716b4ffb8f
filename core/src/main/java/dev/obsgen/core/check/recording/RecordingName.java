package dev.obsgen.core.check.recording;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.GroupedRule;
import dev.obsgen.core.check.RuleCheck;
import dev.obsgen.model.rule.RecordingRule;
import java.util.regex.Pattern;

/**
 * Recorded series are named {@code level:metric:operations}, so a reader knows what was aggregated and how. A
 * convention: a warning on a model and on rule files alike.
 */
@CheckDefinition(id = "recording/name", severity = FindingSeverity.WARNING,
        summary = "Recorded series follow the level:metric:operations naming convention.",
        example = "Rule.record(\"queue_max\")",
        fix = "Name it level:metric:operations, e.g. job:queue_depth:max.",
        inputs = {CheckInput.MODEL, CheckInput.RULE_FILES})
public final class RecordingName implements RuleCheck {
    private static final Pattern CONVENTION = Pattern.compile("[a-z_][a-z0-9_]*:[a-zA-Z_][a-zA-Z0-9_]*:[a-z0-9_]+");

    @Override
    public void checkRecording(GroupedRule<RecordingRule> rule, FindingSink findings) {
        // A rule may keep a name the convention does not fit by suppressing this check, saying why (Sloth's
        // sloth_slo_info): the finding becomes a note with the reason.
        if (!CONVENTION.matcher(rule.rule().name()).matches()) {
            findings.reportOnField(findings.convention(), rule.element(), "record",
                    "name it level:metric:operations, such as 'job:http_requests:rate5m'");
        }
    }
}
