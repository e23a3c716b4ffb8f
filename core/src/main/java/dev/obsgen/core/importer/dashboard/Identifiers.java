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

    /** lowerCamelCase of the letters and digits of {@code text}; {@code fallback} when none is left. */
    static String camel(String text, String fallback) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (out.isEmpty() && Character.isDigit(c)) {
                    out.append(fallback);
                    upper = false;
                }
                out.append(out.isEmpty() ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = !out.isEmpty();
            }
        }
        String name = out.isEmpty() ? fallback : out.toString();
        if (name.length() > 1 && name.chars().filter(Character::isUpperCase).count() == name.length() - 1) {
            name = name.toLowerCase(Locale.ROOT);
        }
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
