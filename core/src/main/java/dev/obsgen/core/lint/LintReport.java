package dev.obsgen.core.lint;

import dev.obsgen.core.check.FindingSeverity;
import java.util.List;

/** What a lint run found, sorted by file, line and column, and the counts of its summary line. */
public record LintReport(int files, int rules, List<LintProblem> problems) {
    public LintReport {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == FindingSeverity.ERROR).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == FindingSeverity.WARNING).count();
    }

    /** Exactly {@code N files, N rules, N errors, N warnings}. */
    public String summary() {
        return files + " files, " + rules + " rules, " + errors() + " errors, " + warnings() + " warnings";
    }
}
