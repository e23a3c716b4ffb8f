package dev.obsgen.it.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The removal of a folder a test started something in (a stack, a browser profile, a search node's home). */
public final class FolderRemoval {
    private FolderRemoval() {
    }

    /** Removes the folder and everything below it; a folder already gone is fine. */
    public static void remove(Path folder) {
        try (Stream<Path> paths = Files.exists(folder) ? Files.walk(folder) : Stream.empty()) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder, e);
        }
    }
}
