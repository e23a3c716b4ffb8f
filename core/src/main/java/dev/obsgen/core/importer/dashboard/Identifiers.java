package dev.obsgen.core.importer.dashboard;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Java identifiers made from dashboard uids and titles. */
final class Identifiers {
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield");

    private Identifiers() {
    }

    /**
     * lowerCamelCase of the ASCII words of {@code text} ({@code k8s_views_global} is {@code k8sViewsGlobal},
     * {@code DS_PROMETHEUS} is {@code dsPrometheus}), after {@code fallback} when it starts with a digit;
     * {@code fallback} when no word is left.
     */
    static String camel(String text, String fallback) {
        StringBuilder out = new StringBuilder();
        for (String word : (text == null ? "" : text).split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
            if (out.isEmpty()) {
                out.append(Character.toLowerCase(w.charAt(0))).append(w.substring(1));
            } else {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        if (out.isEmpty()) {
            return fallback;
        }
        if (Character.isDigit(out.charAt(0))) {
            out.insert(0, fallback);
        }
        String name = out.toString();
        return RESERVED.contains(name) ? name + "Dashboard" : name;
    }

    static String unique(String name, Collection<String> taken) {
        String candidate = name;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }
}
