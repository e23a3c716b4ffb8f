package dev.obsgen.it.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.definitions.metaflow.MetaflowNotifications;
import dev.obsgen.it.stack.Binaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code amtool config routes test} on the committed {@code generated/alertmanager/alertmanager.yml}: each severity
 * reaches the receivers of the design's severity table. amtool ignores time intervals, so the warning route resolves
 * to its receiver at any hour here; the live tests cover delivery.
 */
class AlertmanagerRoutesIT {
    private static Path config;

    @BeforeAll
    static void committedConfig() {
        config = Path.of(System.getProperty("obsgen.generated.dir", "../generated"), "alertmanager", "alertmanager.yml");
        assertTrue(Files.isRegularFile(config), "no committed Alertmanager config at " + config.toAbsolutePath());
    }

    @ParameterizedTest(name = "severity={0} routes to {1}")
    @CsvSource({
        "critical, " + MetaflowNotifications.CRITICAL,
        "warning, " + MetaflowNotifications.WARNING,
        "info, " + MetaflowNotifications.DASHBOARD_ONLY,
    })
    void eachSeverityRoutesToItsReceiver(String severity, String receiver) throws IOException, InterruptedException {
        Result result = routesTest(receiver, "alertname=AnyAlert", "severity=" + severity);
        assertEquals(0, result.exitCode(), result::report);
        assertEquals(receiver, result.firstLine(), result::report);
    }

    @Test
    void alertWithoutSeverityGoesToTheDefaultReceiver() throws IOException, InterruptedException {
        Result result = routesTest(MetaflowNotifications.WARNING, "alertname=AnyAlert");
        assertEquals(0, result.exitCode(), result::report);
    }

    @Test
    void aWrongExpectationFailsTheVerification() throws IOException, InterruptedException {
        Result result = routesTest(MetaflowNotifications.CRITICAL, "alertname=AnyAlert", "severity=warning");
        assertNotEquals(0, result.exitCode(), "amtool accepted a warning routed to the critical receiver:\n" + result.report());
    }

    private record Result(String command, int exitCode, String output) {
        String firstLine() {
            return output.lines().filter(l -> !l.startsWith("Warning:")).findFirst().orElse("").strip();
        }

        String report() {
            return command + "\n" + output;
        }
    }

    private static Result routesTest(String expectedReceivers, String... labels) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Binaries.amtool().toString(), "config", "routes", "test",
                "--config.file=" + config.toAbsolutePath(), "--verify.receivers=" + expectedReceivers));
        command.addAll(List.of(labels));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("amtool did not finish: " + command);
        }
        return new Result(String.join(" ", command), process.exitValue(), output);
    }
}
