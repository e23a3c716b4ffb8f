package dev.obsgen.core.check;

import dev.obsgen.core.check.model.Suppressions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One run of the checks on a fixed number of threads. Checks are independent of each other, so each is a task of
 * its own; the findings are taken back in the order the checks are listed, so a run on two threads gives the
 * findings of a run on one, to the byte. A check that throws is named, and when several do, the first listed is.
 * With one thread every task runs on the caller's thread as it is handed in.
 */
final class CheckRun implements AutoCloseable {
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** The runs a long list of the model (rule groups, dashboards) is walked in, on more than one thread. */
    private static final int WALK_RUNS = 4;
    private final ExecutorService pool;

    private CheckRun(ExecutorService pool) {
        this.pool = pool;
    }

    static CheckRun on(int threads) {
        if (threads <= 1) {
            return new CheckRun(null);
        }
        return new CheckRun(TaskPool.of(threads, "obsgen-checks-" + RUNS.incrementAndGet()));
    }

    /** The check ids each element suppresses, by the element's name: made when a finding first needs them. */
    interface Suppressed extends Supplier<Map<String, Map<String, String>>> {
        Suppressed NONE = Map::of;
    }

    /** A result to come, taken in the order the run needs it; a task's exception is thrown when it is taken. */
    interface Pending<T> {
        T get();
    }

    /** The result made on first taking and kept: taken again, it is the same result, or the same exception. */
    static <T> Pending<T> once(Pending<T> pending) {
        return new Pending<>() {
            private boolean taken;
            private T result;
            private RuntimeException failure;

            @Override
            public synchronized T get() {
                if (!taken) {
                    try {
                        result = pending.get();
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                    taken = true;
                }
                if (failure != null) {
                    throw failure;
                }
                return result;
            }
        };
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
        return () -> TaskPool.result(future, "the checks ran");
    }

    /**
     * The value checks of a later phase that walked along with an earlier phase on the same model, and what they
     * found there, not yet suppressed: the phase they belong to takes it from here instead of walking again.
     */
    record WalkedAhead(List<ValueCheck> checks, Pending<Map<ValueCheck, Pending<List<Finding>>>> findings) {
        static final WalkedAhead NONE = new WalkedAhead(List.of(), Map::of);
    }

    /** A phase started: its findings to come, and the walk it made for the value checks of a later phase. */
    record Started(Pending<List<Finding>> findings, WalkedAhead ahead) {
    }

    /**
     * Starts the checks of a phase: the value checks ({@link ValueCheck}) share one walk over the model, every other
     * check is a task of its own. The result holds each check's findings in the phase's order.
     */
    Pending<List<Finding>> start(List<ModelCheck> phase, CheckedModel model, Suppressed suppressions,
                                 CheckInput input) {
        return start(phase, model, suppressions, input, List.of(), WalkedAhead.NONE).findings();
    }

    /**
     * As {@link #start(List, CheckedModel, Map, CheckInput)}; the value checks {@code along}, of a later phase on the
     * same model, walk with this phase's, and the value checks {@code earlier} walked for this phase are not walked
     * again: what they found is suppressed as this phase suppresses.
     */
    Started start(List<ModelCheck> phase, CheckedModel model, Suppressed suppressions,
                  CheckInput input, List<ValueCheck> along, WalkedAhead earlier) {
        List<ValueCheck> walking = new ArrayList<>();
        phase.forEach(check -> {
            if (check instanceof ValueCheck valueCheck && !earlier.checks().contains(valueCheck)) {
                walking.add(valueCheck);
            }
        });
        along.stream().filter(check -> !walking.contains(check)).forEach(walking::add);
        // The walks are the longest tasks: they start first.
        Pending<Map<ValueCheck, Pending<List<Finding>>>> walked = walking.isEmpty() ? Map::of
                : walk(walking, model, check -> along.contains(check) ? Suppressed.NONE : suppressions, input);
        List<Pending<List<Finding>>> each = new ArrayList<>();
        for (ModelCheck check : phase) {
            if (check instanceof ValueCheck valueCheck && earlier.checks().contains(valueCheck)) {
                each.add(() -> {
                    FindingSink sink = sink(check, model, suppressions, input);
                    earlier.findings().get().get(valueCheck).get().forEach(sink::replay);
                    return sink.findings();
                });
            } else if (check instanceof ValueCheck valueCheck) {
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
        Pending<List<Finding>> findings = () -> {
            List<Finding> all = new ArrayList<>();
            each.forEach(found -> all.addAll(found.get()));
            return all;
        };
        return new Started(findings, new WalkedAhead(along, walked));
    }

    /**
     * One walk over the model's values for every value check, in parts that run at once, each with a sink of its own
     * for every check; a check that throws is handed no further values of the part, and the first failure in model
     * order is the one reported, as on one thread. What a check reads after the values it reads after every part.
     */
    private Pending<Map<ValueCheck, Pending<List<Finding>>>> walk(List<ValueCheck> checks, CheckedModel model,
                                                                  Function<ValueCheck, Suppressed> suppressions,
                                                                  CheckInput input) {
        List<Pending<WalkedPart>> parts = new ArrayList<>();
        for (Consumer<Consumer<ModelValue>> part : ModelValues.parts(model, pool == null ? 1 : WALK_RUNS)) {
            parts.add(submit(() -> {
                WalkedPart walked = new WalkedPart(checks, model, suppressions, input);
                part.accept(walked::visit);
                return walked;
            }));
        }
        // Every value check of the walk takes its findings from here: the parts are joined once.
        return once(() -> {
            Map<ValueCheck, Pending<List<Finding>>> results = new IdentityHashMap<>();
            for (ValueCheck check : checks) {
                RuntimeException failure = null;
                List<Finding> findings = new ArrayList<>();
                for (Pending<WalkedPart> part : parts) {
                    WalkedPart walked = part.get();
                    failure = walked.failure(check);
                    if (failure != null) {
                        break;
                    }
                    findings.addAll(walked.findings(check));
                }
                if (failure == null) {
                    FindingSink after = sink(check, model, suppressions.apply(check), input);
                    try {
                        check.checkAfterValues(model.model(), after);
                        findings.addAll(after.findings());
                    } catch (RuntimeException e) {
                        failure = failed(check, e);
                    }
                }
                RuntimeException failed = failure;
                results.put(check, failed == null ? () -> findings : () -> {
                    throw failed;
                });
            }
            return results;
        });
    }

    /** The findings of every value check in one part of the walk, and the checks that threw there. */
    private static final class WalkedPart {
        private final List<ValueCheck> checks;
        private final FindingSink[] sinks;
        // Every value goes to every visitor: arrays in the checks' order, no look-up a value.
        private final Consumer<ModelValue>[] visitors;
        private final RuntimeException[] failures;

        @SuppressWarnings("unchecked")
        WalkedPart(List<ValueCheck> checks, CheckedModel model,
                   Function<ValueCheck, Suppressed> suppressions, CheckInput input) {
            this.checks = checks;
            this.sinks = new FindingSink[checks.size()];
            this.visitors = new Consumer[checks.size()];
            this.failures = new RuntimeException[checks.size()];
            for (int i = 0; i < sinks.length; i++) {
                ValueCheck check = checks.get(i);
                sinks[i] = sink(check, model, suppressions.apply(check), input);
                try {
                    visitors[i] = check.visitor(sinks[i]);
                } catch (RuntimeException e) {
                    failures[i] = failed(check, e);
                }
            }
        }

        void visit(ModelValue value) {
            for (int i = 0; i < visitors.length; i++) {
                if (failures[i] == null) {
                    try {
                        visitors[i].accept(value);
                    } catch (RuntimeException e) {
                        failures[i] = failed(checks.get(i), e);
                    }
                }
            }
        }

        RuntimeException failure(ValueCheck check) {
            return failures[checks.indexOf(check)];
        }

        List<Finding> findings(ValueCheck check) {
            return sinks[checks.indexOf(check)].findings();
        }
    }

    private static FindingSink sink(ModelCheck check, CheckedModel model, Suppressed suppressions,
                                    CheckInput input) {
        // A finding about a suppression is never itself suppressed.
        FindingSink sink = new FindingSink(check instanceof Suppressions ? Suppressed.NONE : suppressions,
                model::elements, input);
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
