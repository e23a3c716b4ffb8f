package dev.obsgen.core.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One output file, held in memory: a relative path with {@code /} separators, its bytes, and the model element it
 * was rendered from (named in the writer's errors). A {@link Kind#SEED} file is a starting point a person edits (a
 * runbook stub): it is written once and never overwritten.
 */
public record GeneratedFile(String path, byte[] content, Kind kind, String origin) {
    public enum Kind { GENERATED, SEED }

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        origin = origin == null ? "" : origin;
        String problem = PathNames.pathProblem(path).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException((origin.isEmpty() ? "" : origin + ": ") + "output path '"
                    + PathNames.shown(path) + "' " + problem);
        }
    }

    public static GeneratedFile text(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8), Kind.GENERATED, "");
    }

    public static GeneratedFile seed(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8), Kind.SEED, "");
    }

    /** The same file, naming the model element it was rendered from. */
    public GeneratedFile from(String element) {
        return new GeneratedFile(path, content, kind, element);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public boolean sameContent(byte[] other) {
        return Arrays.equals(content, other);
    }

    /** Where the file came from, for messages: the element when known, else the path. */
    public String describe() {
        return origin.isEmpty() ? path : path + " (from " + origin + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFile f && f.path.equals(path) && f.kind == kind && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, kind, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return kind + " " + path + " (" + content.length + " bytes)";
    }
}
