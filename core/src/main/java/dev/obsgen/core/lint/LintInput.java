package dev.obsgen.core.lint;

import dev.obsgen.core.check.Check;
import dev.obsgen.core.check.FindingSeverity;

/**
 * Input lint cannot read is reported as a finding naming the file and, where there is one, the line: a missing
 * path, a file that is not YAML or JSON, a rule file of the wrong shape, a JSON file that is not a dashboard.
 */
public final class LintInput implements Check {
    public static final String ID = "lint/input";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Every file given to lint exists and is a rule file, a PrometheusRule manifest or a dashboard JSON.";
    }

    @Override
    public String example() {
        return "a missing path, 'groups' that is not a list, a rule with neither alert nor record, an empty file";
    }

    @Override
    public String fix() {
        return "Give lint rule files (groups:), PrometheusRule manifests or Grafana dashboard JSON files.";
    }

    @Override
    public FindingSeverity severity() {
        return FindingSeverity.ERROR;
    }
}
