package dev.obsgen.core.check;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one check, stamped with the check's id and severity. */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    private Check current;

    void begin(Check check) {
        this.current = check;
    }

    public void report(String element, String message) {
        report(element, message, "");
    }

    public void report(String element, String message, String detail) {
        findings.add(new Finding(current.id(), current.severity(), element, message, detail));
    }

    /** Reports with a severity other than the check's default, such as a warning from a check that usually errs. */
    public void report(FindingSeverity severity, String element, String message) {
        findings.add(new Finding(current.id(), severity, element, message, ""));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
