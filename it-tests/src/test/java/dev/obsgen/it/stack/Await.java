package dev.obsgen.it.stack;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.opentest4j.AssertionFailedError;

/**
 * Waits for a condition of the live stack, polling until a deadline. Nothing here asserts on elapsed time: the
 * deadline only bounds how long a test waits for something that never happens, and the failure says what that was
 * and what was last observed.
 */
public final class Await {
    /** Long enough for a slow, shared machine; every wait normally ends within a few seconds. */
    public static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final long POLL_MILLIS = 200;

    private Await() {
    }

    /**
     * Polls {@code probe} until it returns a value. A probe that throws counts as "not yet", and its message is the
     * last observation a timeout reports: a probe can throw to describe the state it saw.
     */
    public static <T> T until(String what, Supplier<Optional<T>> probe) {
        return until(what, DEADLINE, probe);
    }

    public static <T> T until(String what, Duration deadline, Supplier<Optional<T>> probe) {
        long end = System.nanoTime() + deadline.toNanos();
        String last = "nothing observed yet";
        while (true) {
            try {
                Optional<T> value = probe.get();
                if (value.isPresent()) {
                    return value.get();
                }
                last = "the condition did not hold";
            } catch (RuntimeException e) {
                last = e.toString();
            }
            if (System.nanoTime() > end) {
                throw new AssertionFailedError("Never happened within " + deadline.toSeconds() + "s: " + what
                        + "\nLast observation: " + last);
            }
            sleep(POLL_MILLIS);
        }
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
