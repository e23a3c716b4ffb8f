package dev.obsgen.core.check;

import dev.obsgen.core.check.model.Suppressions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the checks on a fixed number of threads. Checks are independent of each other, so each is a task of
 * its own; the findings are taken back in the order the checks are listed, so a run on two threads gives the
 * findings of a run on one, to the byte. A check that throws is named, and when several do, the first listed is.
 * With one thread every task runs on the caller's thread as it is handed in.
 */
final class CheckRun implements AutoCloseable {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private final ExecutorService pool;

    private CheckRun(ExecutorService pool) {
        this.pool = pool;
    }

    static CheckRun on(int threads) {
        if (threads <= 1) {
            return new CheckRun(null);
        }
        int run = RUNS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return new CheckRun(Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "obsgen-checks-" + run + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** A result to come, taken in the order the run needs it; a task's exception is thrown when it is taken. */
    interface Pending<T> {
        T get();
    }

    <T> Pending<T> submit(Callable<T> task) {
        if (pool == null) {
            try {
                T result = task.call();
                return () -> result;
            } catch (RuntimeException | Error e) {
                return () -> {
                    throw e;
                };
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        Future<T> future = pool.submit(task);
        return () -> {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the checks ran", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    /**
     * Starts the checks of a phase: the value checks ({@link ValueCheck}) share one walk over the model, every other
     * check is a task of its own. The result holds each check's findings in the phase's order.
     */
    Pending<List<Finding>> start(List<ModelCheck> phase, CheckedModel model,
                                 Map<String, Map<String, String>> suppressions, CheckInput input) {
        model.elements();
        List<ValueCheck> valueChecks = new ArrayList<>();
        phase.forEach(check -> {
            if (check instanceof ValueCheck valueCheck) {
                valueChecks.add(valueCheck);
            }
        });
        // The walk is the longest task: it starts first.
        Pending<Map<ValueCheck, Pending<List<Finding>>>> walked = valueChecks.isEmpty() ? Map::of
                : submit(() -> walk(valueChecks, model, suppressions, input));
        List<Pending<List<Finding>>> each = new ArrayList<>();
        for (ModelCheck check : phase) {
            if (check instanceof ValueCheck valueCheck) {
                each.add(() -> walked.get().get(valueCheck).get());
            } else {
                each.add(submit(() -> {
                    FindingSink sink = sink(check, model, suppressions, input);
                    try {
                        check.check(model, sink);
                    } catch (RuntimeException e) {
                        throw failed(check, e);
                    }
                    return sink.findings();
                }));
            }
        }
        return () -> {
            List<Finding> all = new ArrayList<>();
            each.forEach(findings -> all.addAll(findings.get()));
            return all;
        };
    }

    /** One walk over the model's values for every value check; a check that throws is handed no further values. */
    private static Map<ValueCheck, Pending<List<Finding>>> walk(List<ValueCheck> checks, CheckedModel model,
                                                                Map<String, Map<String, String>> suppressions,
                                                                CheckInput input) {
        Map<ValueCheck, FindingSink> sinks = new IdentityHashMap<>();
        Map<ValueCheck, RuntimeException> failures = new IdentityHashMap<>();
        checks.forEach(check -> sinks.put(check, sink(check, model, suppressions, input)));
        ModelValues.walk(model, value -> {
            for (ValueCheck check : checks) {
                if (!failures.containsKey(check)) {
                    try {
                        check.checkValue(value, sinks.get(check));
                    } catch (RuntimeException e) {
                        failures.put(check, failed(check, e));
                    }
                }
            }
        });
        Map<ValueCheck, Pending<List<Finding>>> results = new IdentityHashMap<>();
        for (ValueCheck check : checks) {
            if (!failures.containsKey(check)) {
                try {
                    check.checkAfterValues(model.model(), sinks.get(check));
                } catch (RuntimeException e) {
                    failures.put(check, failed(check, e));
                }
            }
            RuntimeException failure = failures.get(check);
            List<Finding> findings = sinks.get(check).findings();
            results.put(check, failure == null ? () -> findings : () -> {
                throw failure;
            });
        }
        return results;
    }

    private static FindingSink sink(ModelCheck check, CheckedModel model,
                                    Map<String, Map<String, String>> suppressions, CheckInput input) {
        // A finding about a suppression is never itself suppressed.
        FindingSink sink = new FindingSink(check instanceof Suppressions ? Map.of()
                : suppressions, model.elements(), input);
        sink.begin(check);
        return sink;
    }

    private static IllegalStateException failed(Check check, RuntimeException e) {
        return new IllegalStateException("check " + check.id() + " failed on this model: " + e, e);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
