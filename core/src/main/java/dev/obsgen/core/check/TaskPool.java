package dev.obsgen.core.check;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads obsgen works on, for the checks, the renderers and lint alike: how many (one reading of
 * {@code obsgen.threads}), how they are made, and how a task's failure comes back to the caller.
 */
public final class TaskPool {
    private TaskPool() {
    }

    /**
     * As many threads as processors, unless {@code -Dobsgen.threads=N} says otherwise (1: on the caller's): the one
     * reading of the setting.
     */
    public static int defaultThreads() {
        Integer given = Integer.getInteger("obsgen.threads");
        return given != null && given >= 1 ? given : Runtime.getRuntime().availableProcessors();
    }

    /**
     * A fixed pool of daemon threads named {@code NAME-N}, which load classes as the caller's thread does (a Maven
     * goal's project class loader among them), so a run never keeps the JVM alive.
     */
    public static ExecutorService of(int threads, String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
    }

    /**
     * The result of a task; what it threw is thrown here, an unchecked exception or an error (an OutOfMemoryError)
     * as itself. {@code doing} says what was interrupted, should the caller be.
     */
    public static <T> T result(Future<T> future, String doing) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        }
    }
}
