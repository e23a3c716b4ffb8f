package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files live under {@code src/test/resources/golden/}. To rewrite them from the current output, run
 * {@code mvn test -Pupdate-goldens} (or pass {@code -Dobsgen.update.goldens=true}) and review the diff.
 */
public final class Goldens {
    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Goldens() {
    }

    public static void assertMatches(String goldenPath, String actual) throws IOException {
        Path golden = ROOT.resolve(goldenPath);
        if (Boolean.getBoolean("obsgen.update.goldens")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            throw new AssertionError("no golden file " + golden + "; create it with mvn test -Pupdate-goldens");
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                goldenPath + " differs from its golden file; if the change is intended, run mvn test -Pupdate-goldens");
    }

    /**
     * The golden files of a folder that one test renders whole are the files it rendered: a golden left from a file no
     * longer written fails (and is removed under {@code -Pupdate-goldens}), so a renamed file cannot pass unnoticed.
     */
    public static void assertNoneLeft(String goldenFolder, Collection<String> renderedPaths) throws IOException {
        Path folder = ROOT.resolve(goldenFolder);
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> left;
        try (Stream<Path> files = Files.walk(folder)) {
            left = files.filter(Files::isRegularFile)
                    .filter(f -> !renderedPaths.contains(folder.relativize(f).toString().replace('\\', '/')))
                    .sorted().toList();
        }
        if (Boolean.getBoolean("obsgen.update.goldens")) {
            for (Path file : left) {
                Files.delete(file);
            }
            return;
        }
        assertEquals(List.of(), left, "golden files of " + goldenFolder + " that nothing renders any more; remove them,"
                + " or run mvn test -Pupdate-goldens");
    }
}
