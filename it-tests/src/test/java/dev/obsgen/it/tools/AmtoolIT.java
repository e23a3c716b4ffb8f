package dev.obsgen.it.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.definitions.metaflow.MetaflowNotifications;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed Alertmanager config through the real amtool: it loads, and each severity reaches its receiver. */
class AmtoolIT {
    private static Tool amtool;

    @TempDir
    Path scratch;

    @BeforeAll
    static void findAmtool() {
        amtool = Tool.require("amtool", "prometheus-alertmanager");
    }

    private static Path config() {
        return Outputs.committed().resolve("alertmanager/alertmanager.yml");
    }

    @Test
    void committedConfigPassesCheckConfig() throws Exception {
        Tool.Result result = amtool.run(Outputs.committed(), "check-config", config().toString()).assertSuccess();
        assertTrue(result.output().contains("SUCCESS"), result.output());
        assertTrue(result.output().contains("3 receivers"), result.output());
        assertTrue(result.output().contains("1 inhibit rules"), result.output());
    }

    @ParameterizedTest(name = "severity={0} goes to {1}")
    @CsvSource({
        "critical, " + MetaflowNotifications.CRITICAL,
        "warning, " + MetaflowNotifications.WARNING,
        "info, " + MetaflowNotifications.DASHBOARD_ONLY,
        "unknown, " + MetaflowNotifications.WARNING})
    void eachSeverityRoutesToItsReceiver(String severity, String receiver) throws Exception {
        Tool.Result result = amtool.run(Outputs.committed(), "config", "routes", "test",
                "--config.file=" + config(), "--verify.receivers=" + receiver, "severity=" + severity, "alertname=Any")
                .assertSuccess();
        // amtool warns on stderr that --config.file overrides --alertmanager.url; the receiver is the last line.
        String[] lines = result.output().strip().split("\n");
        assertEquals(receiver, lines[lines.length - 1].strip());
    }

    @Test
    void aWrongExpectationFails() throws Exception {
        Tool.Result result = amtool.run(Outputs.committed(), "config", "routes", "test", "--config.file=" + config(),
                "--verify.receivers=" + MetaflowNotifications.CRITICAL, "severity=warning");
        assertEquals(1, result.status(), result.output());
    }

    @Test
    void awkwardValuesLoad() throws Exception {
        Path out = Outputs.render(AwkwardModel.model(), scratch.resolve("awkward"));
        amtool.run(out, "check-config", out.resolve("alertmanager/alertmanager.yml").toString()).assertSuccess();
    }
}
