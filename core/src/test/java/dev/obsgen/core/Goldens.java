package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
