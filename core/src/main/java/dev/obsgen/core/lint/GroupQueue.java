package dev.obsgen.core.lint;

import dev.obsgen.core.check.TaskPool;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Checks groups on other threads while the file is read on this one, one thread a core; with one core, checks each
 * group as it is handed in. At most two groups a thread wait or run at a time: the reader waits for the oldest
 * rather than holding the file's rules in a queue. Results are read in the order the groups were handed in, so what
 * is found is the same, in the same order, as on one thread.
 */
final class GroupQueue implements AutoCloseable {
    private final ExecutorService pool;
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();
    private final int limit;

    GroupQueue(int threads) {
        this.pool = threads > 1 ? TaskPool.of(threads, "obsgen-lint") : null;
        this.limit = 2 * threads;
    }

    <T> Future<T> submit(Callable<T> task) {
        if (pool == null) {
            FutureTask<T> done = new FutureTask<>(task);
            done.run();
            return done;
        }
        while (!inFlight.isEmpty() && (inFlight.peekFirst().isDone() || inFlight.size() >= limit)) {
            awaitQuietly(inFlight.removeFirst());
        }
        Future<T> future = pool.submit(task);
        inFlight.addLast(future);
        return future;
    }

    /** Waits for a task to end; what it threw is left for whoever reads its result. */
    private static void awaitQuietly(Future<?> future) {
        try {
            future.get();
        } catch (ExecutionException | CancellationException e) {
            // Thrown again where the result is read.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
