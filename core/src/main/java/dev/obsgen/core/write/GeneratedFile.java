package dev.obsgen.core.write;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One output file, held in memory: a relative path with {@code /} separators and its bytes. A {@link Kind#SEED}
 * file is a starting point a person edits (a runbook stub): it is written once and never overwritten.
 */
public record GeneratedFile(String path, byte[] content, Kind kind) {
    public enum Kind { GENERATED, SEED }

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(kind, "kind");
        if (path.startsWith("/") || path.contains("\\") || path.contains("..") || path.isBlank()) {
            throw new IllegalArgumentException("output path must be relative and plain: " + path);
        }
    }

    public static GeneratedFile text(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8), Kind.GENERATED);
    }

    public static GeneratedFile seed(String path, String content) {
        return new GeneratedFile(path, content.getBytes(StandardCharsets.UTF_8), Kind.SEED);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public boolean sameContent(byte[] other) {
        return Arrays.equals(content, other);
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
