package dev.obsgen.it.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.opentest4j.AssertionFailedError;

/**
 * One child process of the live stack: started with its output appended to a log file, ready when its readiness URL
 * answers 200, stopped by its own handle only. A JVM shutdown hook stops whatever a crashed test run left running.
 */
final class ManagedProcess {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "stop-live-stack-processes"));
    }

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private final URI readyUrl;
    private Process process;

    ManagedProcess(String name, List<String> command, Path logFile, URI readyUrl) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logFile;
        this.readyUrl = readyUrl;
    }

    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.writeString(logFile, "---- starting: " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
        RUNNING.add(process);
        Process started = process;
        try {
            Await.until(name + " answers 200 on " + readyUrl, () -> {
                if (!started.isAlive()) {
                    // An error, not an exception: Await gives up at once instead of polling a dead process.
                    throw new AssertionFailedError(name + " exited with code " + started.exitValue() + ":\n" + logTail(40));
                }
                if (HttpJson.status(readyUrl) != 200) {
                    throw new IllegalStateException(name + " is not ready; its log ends with:\n" + logTail(20));
                }
                return Optional.of(true);
            });
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    /** Asks the process to shut down cleanly (SIGTERM), and kills it if it has not after 30 seconds. */
    synchronized void stop() {
        if (process == null) {
            return;
        }
        Process stopping = process;
        process = null;
        stopping.destroy();
        try {
            if (!stopping.waitFor(30, TimeUnit.SECONDS)) {
                stopping.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            stopping.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.remove(stopping);
        }
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    String name() {
        return name;
    }

    /** The last lines of the process' output, for a failing test's report. */
    String logTail(int lines) {
        try {
            if (!Files.exists(logFile)) {
                return "(no log yet)";
            }
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

}
