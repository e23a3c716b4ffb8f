package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code promtool} for core tests that compare with Prometheus, on the policy of the integration tests'
 * {@code Tool} (which core tests cannot reach): missing locally, the test skips and names the Debian package; under
 * {@code CI=true} a missing promtool fails, so CI cannot pass by skipping.
 */
public record Promtool(Path executable) {
    public static Promtool require() {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, "promtool");
            if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new Promtool(candidate);
            }
        }
        String message = "promtool is not on PATH; install the Debian package prometheus (the README's test command does)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + ". Under CI=true this test must run, not skip.");
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable");
    }

    public record Result(int status, String output) {
    }

    /** Runs promtool with the arguments in a directory; its exit status and combined output. */
    public Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within two minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
