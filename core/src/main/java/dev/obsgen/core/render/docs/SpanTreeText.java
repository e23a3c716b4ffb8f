package dev.obsgen.core.render.docs;

import dev.obsgen.model.trace.Span;
import java.util.List;

/** Draws the span tree as the design does ({@code ├──}, {@code └──}), children in the order they are declared. */
public final class SpanTreeText {
    private SpanTreeText() {
    }

    /** The tree under every root; spans not reachable from a root (a checked model has none) are left out. */
    public static String draw(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span root : spans.stream().filter(Span::isRoot).toList()) {
            text.append(label(root)).append('\n');
            children(spans, root, "", text, 0);
        }
        return text.toString();
    }

    private static void children(List<Span> spans, Span parent, String indent, StringBuilder text, int depth) {
        if (depth > spans.size()) {
            return;
        }
        List<Span> children = spans.stream().filter(s -> parent.name().equals(s.parent())).toList();
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            text.append(indent).append(last ? "└── " : "├── ").append(label(children.get(i))).append('\n');
            children(spans, children.get(i), indent + (last ? "    " : "│   "), text, depth + 1);
        }
    }

    private static String label(Span span) {
        return span.name() + " (" + span.kind().label() + ")";
    }
}
