package dev.obsgen.it.stack;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

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
        try {
            FolderRemoval.remove(directory);
        } catch (UncheckedIOException e) {
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
