package dev.obsgen.core.check.trace;

import dev.obsgen.core.check.CheckDefinition;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.FindingSink;
import dev.obsgen.core.check.ModelCheck;
import dev.obsgen.model.Observability;
import dev.obsgen.model.trace.Span;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spans form one tree: names are unique, every parent is a declared span, following parents never comes back
 * to where it started, and exactly one span is the root. The catalog draws this tree; trace views assume it.
 */
@CheckDefinition(
        id = "trace/span-tree",
        severity = FindingSeverity.ERROR,
        summary = "Spans form one tree: unique names, known parents, no cycle, one root.",
        example = "Span.child(\"metaflow.task\", \"metaflow.stp\"), or metaflow.step under metaflow.task under"
                + " metaflow.step",
        fix = "Name a declared span as the parent, break the cycle, and leave exactly one span without a parent.")
public final class SpanTree implements ModelCheck {
    @Override
    public void check(Observability model, FindingSink findings) {
        List<Span> spans = model.spans();
        if (spans.isEmpty()) {
            return;
        }
        Map<String, Span> byName = new HashMap<>();
        for (Span span : spans) {
            if (byName.putIfAbsent(span.name(), span) != null) {
                findings.report(element(span), "is declared twice; span names must be unique");
            }
        }
        List<Span> roots = spans.stream().filter(Span::isRoot).toList();
        if (roots.isEmpty()) {
            findings.report("spans", "have no root: exactly one span must have no parent");
        } else if (roots.size() > 1) {
            findings.report("spans", "have " + roots.size() + " roots ("
                    + String.join(", ", roots.stream().map(Span::name).toList())
                    + "): exactly one span must have no parent");
        }
        Set<String> inCycle = new LinkedHashSet<>();
        for (Span span : spans) {
            if (span.parent() != null && !byName.containsKey(span.parent())) {
                findings.report(element(span), "has parent '" + span.parent() + "', which is not a declared span");
                continue;
            }
            if (inCycle.contains(span.name())) {
                continue;
            }
            Set<String> path = new LinkedHashSet<>();
            Span current = span;
            while (current != null && current.parent() != null && path.add(current.name())) {
                current = byName.get(current.parent());
            }
            if (current != null && current.parent() != null && current.name().equals(span.name())) {
                inCycle.addAll(path);
                findings.report(element(span), "is its own ancestor: " + String.join(" -> ", path) + " -> " + span.name());
            }
        }
    }

    private static String element(Span span) {
        return "span '" + span.name() + "'";
    }
}
