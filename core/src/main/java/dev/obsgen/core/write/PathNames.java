package dev.obsgen.core.write;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for one segment of an output path, shared by the model check that vets names before anything renders,
 * the writer that vets every path before anything is written, and the manifest reader that vets every line before
 * anything is removed. A segment that passes is the same file on Linux, macOS and Windows, cannot climb out of its
 * folder, and leaves room in the file system's 255-byte limit for the suffixes and temporary names obsgen adds.
 */
public final class PathNames {
    /** Longest model name (group, folder, uid, slug) that becomes a segment; leaves room for the longest suffix. */
    public static final int MAX_NAME_BYTES = 100;
    /** Longest file name, kept below 255 so that the writer's temporary sibling {@code .NAME<digits>.tmp} fits. */
    public static final int MAX_FILE_NAME_BYTES = 220;

    private static final Pattern RESERVED_DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$"
            + "|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])");
    private static final String RESERVED_CHARACTERS = "<>:\"|?*";

    private PathNames() {
    }

    /** What is wrong with a model name used as one path segment, or empty when it is fine. */
    public static Optional<String> nameProblem(String name) {
        return problem(name, MAX_NAME_BYTES);
    }

    /** What is wrong with one segment of a relative path (a folder or a file name), or empty when it is fine. */
    public static Optional<String> segmentProblem(String segment) {
        return problem(segment, MAX_FILE_NAME_BYTES);
    }

    /** What is wrong with a relative path of {@code /}-separated segments, or empty when it is fine. */
    public static Optional<String> pathProblem(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.of("is empty");
        }
        if (path.startsWith("/")) {
            return Optional.of("is absolute");
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            Optional<String> problem = segmentProblem(segment);
            if (problem.isPresent()) {
                return Optional.of("has a segment that " + problem.get());
            }
        }
        return Optional.empty();
    }

    /**
     * The form under which two paths are one file on a case-insensitive, normalising file system (macOS and
     * Windows by default): Unicode NFC, then case-folded.
     */
    public static String collisionKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A name as it can be printed on one line of a message: invisible characters shown as {@code \\uXXXX}. */
    public static String shown(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!printable(c) || c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Optional<String> problem(String segment, int maxBytes) {
        if (segment == null) {
            return Optional.of("is null");
        }
        if (segment.isEmpty()) {
            return Optional.of("is empty");
        }
        if (segment.equals(".") || segment.equals("..")) {
            return Optional.of("is '" + segment + "', which names a folder, not a file");
        }
        for (int i = 0; i < segment.length(); ) {
            int c = segment.codePointAt(i);
            if (c == '/' || c == '\\') {
                return Optional.of("contains the path separator '" + (char) c + "'");
            }
            if (!printable(c)) {
                return Optional.of("contains the unprintable character " + codePoint(c));
            }
            if (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                return Optional.of("contains the white space " + codePoint(c) + " (only a plain space is allowed)");
            }
            if (RESERVED_CHARACTERS.indexOf(c) >= 0) {
                return Optional.of("contains '" + (char) c + "', which Windows does not allow in file names");
            }
            i += Character.charCount(c);
        }
        if (segment.startsWith(" ") || segment.endsWith(" ")) {
            return Optional.of("starts or ends with a space");
        }
        if (segment.endsWith(".")) {
            return Optional.of("ends with a dot, which Windows drops");
        }
        String stem = segment.contains(".") ? segment.substring(0, segment.indexOf('.')) : segment;
        if (RESERVED_DEVICE.matcher(stem.strip()).matches()) {
            return Optional.of("is the Windows device name '" + stem + "'");
        }
        if (!Normalizer.isNormalized(segment, Normalizer.Form.NFC)) {
            return Optional.of("is not in Unicode normal form C, so macOS and Linux would store different names");
        }
        int bytes = segment.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            return Optional.of("is " + bytes + " bytes long in UTF-8; the limit is " + maxBytes);
        }
        return Optional.empty();
    }

    private static boolean printable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
