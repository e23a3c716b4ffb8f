package dev.obsgen.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Collects the findings of one check, stamped with the check's id and severity. Given the suppressions of the
 * model's rules, keyed on the rules' element names, a finding about a rule (or a part of it, such as
 * {@code alert 'X' in group 'g', scenario 's'}) whose check the rule suppresses becomes a note carrying the reason,
 * as query checks do: one place for every model check. Given the model's elements by name, each finding carries
 * the {@link ElementRef} of the element it is about (or the element it is a part of) in its location.
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    // Made on the first finding: a clean model of 10,000 alerts never needs them.
    private final Supplier<Map<String, Map<String, String>>> suppressionsByElement;
    private final Supplier<Map<String, ElementRef>> elements;
    private final CheckInput input;
    private Check current;

    FindingSink() {
        this(Map.of(), Map.of(), CheckInput.MODEL);
    }

    FindingSink(Map<String, Map<String, String>> suppressionsByElement, Map<String, ElementRef> elements,
                CheckInput input) {
        this(() -> suppressionsByElement, () -> elements, input);
    }

    FindingSink(Supplier<Map<String, Map<String, String>>> suppressionsByElement,
                Supplier<Map<String, ElementRef>> elements, CheckInput input) {
        this.suppressionsByElement = suppressionsByElement;
        this.elements = elements;
        this.input = input;
    }

    /**
     * The severity of a finding about one of the model's conventions (how alerts and recorded series are named and
     * annotated): the check's own on a model; a warning on rule files, which may follow conventions of their own.
     */
    public FindingSeverity convention() {
        return input == CheckInput.RULE_FILES ? FindingSeverity.WARNING : current.severity();
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
        add(severity, element, message, "", FindingLocation.NONE);
    }

    /**
     * Reports on one field of the element, such as the label {@code severity} of an alert (key {@code label
     * severity}, as {@link dev.obsgen.core.check.promql.QueryTemplates} names them), so lint can point at its value.
     */
    public void reportOnField(FindingSeverity severity, String element, String field, String message) {
        add(severity, element, message, "", new FindingLocation(null, field, null, null));
    }

    /**
     * Adds a finding of the current check that a sink without this one's suppressions collected: as if reported
     * here, so it becomes a note where its element suppresses the check.
     */
    void replay(Finding finding) {
        add(finding.severity(), finding.element(), finding.message(), finding.detail(), finding.location());
    }

    private void add(FindingSeverity severity, String element, String message, String detail) {
        add(severity, element, message, detail, FindingLocation.NONE);
    }

    private void add(FindingSeverity severity, String element, String message, String detail,
                     FindingLocation location) {
        String reason = reason(element);
        FindingLocation located = location.withElement(ref(element));
        if (reason != null) {
            findings.add(new Finding(current.id(), FindingSeverity.NOTE, element,
                    "suppressed: " + message + "; reason: " + reason, detail, located));
        } else {
            findings.add(new Finding(current.id(), severity, element, message, detail, located));
        }
    }

    /** The element the text names, or the element it is a part of ({@code alert 'X' in group 'g', scenario 's'}). */
    private ElementRef ref(String element) {
        return enclosing(elements.get(), element, ref -> true);
    }

    /** The reason the element, or the element it is a part of, suppresses the current check; null if it does not. */
    private String reason(String element) {
        Map<String, String> suppressions = enclosing(suppressionsByElement.get(), element,
                s -> s.containsKey(current.id()));
        return suppressions == null ? null : suppressions.get(current.id());
    }

    /**
     * The value of the element a finding's text names, or of the element it is a part of, that {@code accepted}
     * takes: the text itself, then each shorter part before a {@code ", "} ({@code alert 'X' in group 'g', scenario
     * 's'} is a part of {@code alert 'X' in group 'g'}), then the dashboard a panel, variable or row is named as a
     * part of ({@code panel 'Errors' of dashboard 'shop'}); null when none is.
     */
    static <T> T enclosing(Map<String, T> byElement, String element, Predicate<T> accepted) {
        if (byElement.isEmpty() || element == null) {
            return null;
        }
        for (int end = element.length(); end > 0; end = element.lastIndexOf(", ", end - 1)) {
            T value = byElement.get(element.substring(0, end));
            if (value != null && accepted.test(value)) {
                return value;
            }
        }
        int of = element.lastIndexOf(" of dashboard '");
        T value = of < 0 ? null : byElement.get(element.substring(of + 4));
        return value != null && accepted.test(value) ? value : null;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
