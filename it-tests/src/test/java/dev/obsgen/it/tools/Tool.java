package dev.obsgen.it.tools;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real command-line tool found on PATH (promtool, amtool). Where it is missing, a local run skips with a message
 * naming the Debian package; under {@code CI=true} a missing tool fails the test, so CI cannot pass by skipping.
 */
public record Tool(Path executable) {
    public static Tool require(String name, String debianPackage) {
        Optional<Path> found = find(name);
        if (found.isPresent()) {
            return new Tool(found.get());
        }
        String message = name + " is not on PATH; install the Debian package " + debianPackage
                + " (the README's test command does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + ". Under CI=true this test must run, not skip.");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs the tool in a directory and returns its exit status and combined output. */
    public Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within two minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8), String.join(" ", command));
    }

    public record Result(int status, String output, String command) {
        public Result assertSuccess() {
            if (status != 0) {
                fail(command + " exited with " + status + ":\n" + output);
            }
            return this;
        }
    }
}
