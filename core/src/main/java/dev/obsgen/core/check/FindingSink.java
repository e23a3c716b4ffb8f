package dev.obsgen.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one check, stamped with the check's id and severity. Given the suppressions of the
 * model's rules, keyed on the rules' element names, a finding about a rule (or a part of it, such as
 * {@code alert 'X' in group 'g', scenario 's'}) whose check the rule suppresses becomes a note carrying the reason,
 * as query checks do: one place for every model check.
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Map<String, String>> suppressionsByElement;
    private Check current;

    FindingSink() {
        this(Map.of());
    }

    FindingSink(Map<String, Map<String, String>> suppressionsByElement) {
        this.suppressionsByElement = suppressionsByElement;
    }

    void begin(Check check) {
        this.current = check;
    }

    public void report(String element, String message) {
        report(element, message, "");
    }

    public void report(String element, String message, String detail) {
        add(current.severity(), element, message, detail);
    }

    /** Reports with a severity other than the check's default, such as a warning from a check that usually errs. */
    public void report(FindingSeverity severity, String element, String message) {
        add(severity, element, message, "");
    }

    private void add(FindingSeverity severity, String element, String message, String detail) {
        String reason = reason(element);
        if (reason != null) {
            findings.add(new Finding(current.id(), FindingSeverity.NOTE, element,
                    "suppressed: " + message + "; reason: " + reason, detail));
        } else {
            findings.add(new Finding(current.id(), severity, element, message, detail));
        }
    }

    /** The reason the element, or the element it is a part of, suppresses the current check; null if it does not. */
    private String reason(String element) {
        if (suppressionsByElement.isEmpty() || element == null) {
            return null;
        }
        for (int end = element.length(); end > 0; end = element.lastIndexOf(", ", end - 1)) {
            Map<String, String> suppressions = suppressionsByElement.get(element.substring(0, end));
            if (suppressions != null && suppressions.containsKey(current.id())) {
                return suppressions.get(current.id());
            }
        }
        // A panel, variable or row is named as a part of its dashboard: "panel 'Errors' of dashboard 'shop'".
        int of = element.lastIndexOf(" of dashboard '");
        if (of >= 0) {
            Map<String, String> suppressions = suppressionsByElement.get(element.substring(of + 4));
            if (suppressions != null && suppressions.containsKey(current.id())) {
                return suppressions.get(current.id());
            }
        }
        return null;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
