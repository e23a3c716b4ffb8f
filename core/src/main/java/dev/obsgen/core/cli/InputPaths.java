package dev.obsgen.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files and folders given as arguments or as one Maven property: each argument may hold several, separated by
 * commas, as {@code -Dobsgen.files=rules/,more.yml} does.
 */
public final class InputPaths {
    private InputPaths() {
    }

    public static List<Path> split(String argument) {
        List<Path> paths = new ArrayList<>();
        for (String part : argument.split(",")) {
            if (!part.isBlank()) {
                paths.add(Path.of(part.strip()));
            }
        }
        return paths;
    }
}
