package dev.obsgen.core;

import java.util.List;

/**
 * Where in the user's code a failure happened, for a one-line message instead of a stack trace: the first frame,
 * innermost first, that is neither the JDK nor obsgen, above the call into the user's model class. obsgen's own
 * model code (a record that rejects a value) and the machinery that called the model are skipped, so the line
 * points at the builder call the user wrote.
 */
final class UserCode {
    private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");
    // The Metaflow definitions are a user's model too: a team's model extends them, and they extend nothing.
    private static final List<String> OBSGEN = List.of("dev.obsgen.");
    private static final List<String> OBSGEN_LIBRARY = List.of("dev.obsgen.model.", "dev.obsgen.core.",
            "dev.obsgen.promql.", "dev.obsgen.maven.", "dev.obsgen.templates.");

    private UserCode() {
    }

    /** {@code ", at com.acme.Shop.define(Shop.java:42)"}, or empty when no frame of the user's code is known. */
    static String position(Throwable failure, Class<?> caller) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            StackTraceElement frame = userFrame(t.getStackTrace(), caller.getName());
            if (frame != null) {
                return ", at " + frame;
            }
        }
        return "";
    }

    /** The exception as one line: its type and message with line breaks folded. */
    static String oneLine(Throwable failure) {
        return failure.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private static StackTraceElement userFrame(StackTraceElement[] frames, String caller) {
        int end = frames.length;
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().equals(caller)) {
                end = i;
                break;
            }
        }
        StackTraceElement outsideLibrary = null;
        for (int i = 0; i < end; i++) {
            String type = frames[i].getClassName();
            if (startsWithAny(type, JDK)) {
                continue;
            }
            if (!startsWithAny(type, OBSGEN)) {
                return frames[i];
            }
            if (outsideLibrary == null && !startsWithAny(type, OBSGEN_LIBRARY)) {
                outsideLibrary = frames[i];
            }
        }
        return outsideLibrary;
    }

    private static boolean startsWithAny(String type, List<String> prefixes) {
        return prefixes.stream().anyMatch(type::startsWith);
    }
}
