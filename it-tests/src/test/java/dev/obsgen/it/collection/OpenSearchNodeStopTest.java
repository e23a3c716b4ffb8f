package dev.obsgen.it.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.obsgen.it.stack.FolderRemoval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stopping the node always removes its home, whether or not closing the node works, and a failure while cleaning up
 * after a node that did not start is carried by the start failure instead of replacing it. No node is started here.
 */
class OpenSearchNodeStopTest {
    private static final RuntimeException CLOSE_FAILS = new UncheckedIOException("the OpenSearch node did not close",
            new IOException("lock held"));

    /** Whether closing fails, whether removing the home fails, and the failures in order. */
    static Stream<Arguments> stops() {
        return Stream.of(
                Arguments.of(false, false, List.of()),
                Arguments.of(true, false, List.of("the OpenSearch node did not close")),
                Arguments.of(false, true, List.of("cannot remove <home>")),
                Arguments.of(true, true, List.of("the OpenSearch node did not close", "cannot remove <home>")));
    }

    @ParameterizedTest
    @MethodSource("stops")
    void stoppingRemovesTheHomeWhateverClosingDoes(boolean closeFails, boolean removalFails, List<String> failures,
                                                   @TempDir Path temporary) throws IOException {
        Path home = home(temporary);
        List<RuntimeException> actual = OpenSearchNode.stop(closing(closeFails), home, removal(removalFails));
        assertEquals(removalFails, Files.exists(home), "the home folder is removed unless removing fails: " + home);
        assertEquals(failures, actual.stream().map(e -> e.getMessage().replace(home.toString(), "<home>")).toList());
    }

    @ParameterizedTest
    @MethodSource("stops")
    void aFailedStartKeepsItsReasonAndCarriesTheCleanupFailures(boolean closeFails, boolean removalFails,
                                                                List<String> failures, @TempDir Path temporary)
            throws IOException {
        Path home = home(temporary);
        RuntimeException cause = new IllegalStateException("address already in use");
        IllegalStateException failure = OpenSearchNode.startFailure(cause, closing(closeFails), home,
                removal(removalFails));
        assertEquals("the OpenSearch node did not start: address already in use", failure.getMessage());
        assertSame(cause, failure.getCause());
        assertEquals(failures, Arrays.stream(failure.getSuppressed())
                .map(e -> e.getMessage().replace(home.toString(), "<home>")).toList());
        assertEquals(removalFails, Files.exists(home), "the home folder is removed unless removing fails: " + home);
    }

    @ParameterizedTest
    @MethodSource("stops")
    void aHomeAlreadyGoneIsNoFailure(boolean closeFails, boolean removalFails, List<String> failures,
                                     @TempDir Path temporary) {
        Path home = temporary.resolve("never-made");
        List<String> expected = failures.stream().filter(f -> !f.startsWith("cannot remove")).toList();
        assertEquals(expected, OpenSearchNode.stop(closing(closeFails), home, FolderRemoval::remove).stream()
                .map(RuntimeException::getMessage).toList());
    }

    private static Path home(Path temporary) throws IOException {
        Path home = temporary.resolve("home");
        Files.writeString(Files.createDirectories(home.resolve("data")).resolve("segment"), "x");
        return home;
    }

    // A removal that fails as FolderRemoval does when a file below the home cannot be deleted.
    private static Consumer<Path> removal(boolean fails) {
        return fails ? home -> {
            throw new UncheckedIOException("cannot remove " + home, new IOException("device busy"));
        } : FolderRemoval::remove;
    }

    private static Runnable closing(boolean fails) {
        return fails ? () -> {
            throw CLOSE_FAILS;
        } : () -> { };
    }
}
