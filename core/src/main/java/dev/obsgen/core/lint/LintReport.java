package dev.obsgen.core.lint;

import dev.obsgen.core.check.FindingSeverity;
import java.util.List;

/**
 * What a lint run found, sorted by file, line and column, the counts of its summary line, and the ids of the
 * registry's checks it skipped because they need a model.
 */
public record LintReport(int files, int rules, List<LintProblem> problems, List<String> skippedChecks) {
    public LintReport {
        problems = List.copyOf(problems);
        skippedChecks = List.copyOf(skippedChecks);
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == FindingSeverity.ERROR).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == FindingSeverity.WARNING).count();
    }

    /** Exactly {@code skipped N checks that need a model: id, id, ...}. */
    public String skipped() {
        return "skipped " + skippedChecks.size() + " checks that need a model: " + String.join(", ", skippedChecks);
    }

    /** Exactly {@code N files, N rules, N errors, N warnings}. */
    public String summary() {
        return files + " files, " + rules + " rules, " + errors() + " errors, " + warnings() + " warnings";
    }
}
