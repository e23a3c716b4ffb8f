package dev.obsgen.it.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A browser that cannot be started leaves nothing behind in the temporary folder; no Chromium is needed for this. */
class ChromiumStartTest {

    @Test
    void aBinaryThatCannotRunLeavesNoDirectory(@TempDir Path temporaryRoot) throws IOException {
        Path missing = temporaryRoot.resolve("no-such-chromium");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Chromium.start(missing, temporaryRoot));
        assertTrue(e.getMessage().contains("cannot start " + missing), e.getMessage());
        try (Stream<Path> left = Files.list(temporaryRoot)) {
            assertEquals(List.of(), left.toList());
        }
    }
}
