package dev.obsgen.it.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * What a stack started, stopped in reverse order, then its temporary directory deleted. One piece failing to stop
 * does not keep the others running; every failure is reported together at the end.
 */
final class ShutdownOrder {
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    <T extends AutoCloseable> T push(T piece) {
        started.push(piece);
        return piece;
    }

    void closeAll(String what, Path directory) {
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("cannot stop the " + what + " cleanly");
                }
                failure.addSuppressed(e);
            }
        }
        try (Stream<Path> paths = Files.exists(directory) ? Files.walk(directory) : Stream.empty()) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = new IllegalStateException("cannot delete " + directory, e);
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
