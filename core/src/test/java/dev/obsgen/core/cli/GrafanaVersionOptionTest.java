package dev.obsgen.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.ObservabilityDefinition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --grafana-version} picks the release the dashboards are written for, and check compares against it. */
class GrafanaVersionOptionTest {
    public static final class WithDashboards implements ObservabilityDefinition {
        @Override
        public Observability define() {
            return SampleDashboards.model();
        }
    }

    private static final String MODEL = WithDashboards.class.getName();

    @TempDir
    Path output;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void generateWritesForTheGivenReleaseAndCheckComparesWithTheSameRelease() throws Exception {
        assertEquals(0, run("generate", "--model", MODEL, "--output", output.toString(), "--grafana-version", "11.4.0"));
        Path dashboard = output.resolve(DashboardPaths.dashboard(SampleDashboards.model().dashboards().get(0)));
        assertEquals(40, new ObjectMapper().readTree(Files.readString(dashboard)).path("schemaVersion").asInt());

        assertEquals(0, run("check", "--model", MODEL, "--output", output.toString(), "--grafana-version", "11.4.0"));

        printed.reset();
        assertEquals(1, run("check", "--model", MODEL, "--output", output.toString()));
        assertTrue(printed().contains(dashboard.getFileName().toString()), printed());
    }

    @Test
    void theCheckFixCommandRepeatsANonDefaultRelease() {
        assertEquals(0, run("generate", "--model", MODEL, "--output", output.toString()));
        printed.reset();
        assertEquals(1, run("check", "--model", MODEL, "--output", output.toString(), "--grafana-version", "11.2"));
        assertTrue(printed().contains("--grafana-version 11.2.0"), printed());
    }

    @Test
    void aVersionThatIsNotOneIsAUsageError() {
        assertEquals(2, run("generate", "--model", MODEL, "--output", output.toString(), "--grafana-version", "eleven"));
        assertTrue(printed().contains("not a Grafana version: eleven"), printed());
        assertEquals(2, run("generate", "--model", MODEL, "--output", output.toString(), "--grafana-version", "9.5"));
        assertFalse(Files.exists(output.resolve("grafana")));
    }

    private int run(String... args) {
        return Obsgen.run(args, print, print);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
