package dev.obsgen.core.importer.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A builder expression as source: a start such as {@code Panel.stat("Nodes")} and its calls, one per line,
 * indented one step deeper than the line the expression starts on, as the model's own definitions are written.
 * An argument may itself be a chain, written one step deeper again.
 */
final class CodeChain {
    private final String start;
    private final List<Object[]> calls = new ArrayList<>();

    CodeChain(String start) {
        this.start = start;
    }

    /** A call whose arguments are source text, or chains, or {@link Value}s rendered at the call's indentation. */
    CodeChain call(String method, Object... arguments) {
        Object[] call = new Object[arguments.length + 1];
        call[0] = method;
        System.arraycopy(arguments, 0, call, 1, arguments.length);
        calls.add(call);
        return this;
    }

    boolean isEmpty() {
        return calls.isEmpty();
    }

    /** The chain starting at an indentation of {@code indent}. */
    String render(String indent) {
        StringBuilder out = new StringBuilder(start);
        String inner = indent + JavaText.INDENT;
        for (Object[] call : calls) {
            out.append('\n').append(inner).append('.').append(call[0]).append('(');
            for (int i = 1; i < call.length; i++) {
                if (i > 1) {
                    out.append(", ");
                }
                out.append(argument(call[i], inner));
            }
            out.append(')');
        }
        return out.toString();
    }

    private static String argument(Object argument, String indent) {
        if (argument instanceof CodeChain chain) {
            return chain.render(indent);
        }
        if (argument instanceof Value value) {
            return JavaText.value(value.json(), indent);
        }
        if (argument instanceof Concat concat) {
            StringBuilder out = new StringBuilder();
            for (Object part : concat.parts()) {
                out.append(argument(part, indent));
            }
            return out.toString();
        }
        if (argument instanceof Text text) {
            return JavaText.text(text.text(), indent + JavaText.INDENT);
        }
        return String.valueOf(argument);
    }

    /** A JSON value written as a Java expression. */
    record Value(Object json) {
    }

    /** Source text and values written one after the other, such as a constructor around a map. */
    record Concat(Object... parts) {
    }

    /** Text written as a text block when it has several lines. */
    record Text(String text) {
    }
}
