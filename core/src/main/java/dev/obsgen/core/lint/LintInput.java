package dev.obsgen.core.lint;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.CheckInput;
import dev.obsgen.core.check.FindingSeverity;

/**
 * Input lint cannot read is reported as a finding naming the file and, where there is one, the line: a missing
 * path, a file that is not YAML or JSON, a rule file of the wrong shape, a JSON file that is not a dashboard.
 */
@CheckDefinition(id = LintInput.ID, severity = FindingSeverity.ERROR,
        summary = "Every file given to lint exists and is a rule file, a PrometheusRule manifest or a dashboard JSON.",
        example = "a missing path, 'groups' that is not a list, a rule with neither alert nor record, an empty file",
        fix = "Give lint rule files (groups:), PrometheusRule manifests or Grafana dashboard JSON files.",
        inputs = {CheckInput.RULE_FILES, CheckInput.DASHBOARD_FILES})
public final class LintInput implements Check {
    public static final String ID = "lint/input";
}
