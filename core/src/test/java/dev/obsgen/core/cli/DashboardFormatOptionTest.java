package dev.obsgen.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.obsgen.core.render.grafana.DashboardPaths;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.SampleDashboards;
import dev.obsgen.model.Observability;
import dev.obsgen.model.dashboard.Dashboard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --dashboard-format} picks the shape of the dashboard files; without it the Grafana release does. */
class DashboardFormatOptionTest {
    private static final String MODEL = GrafanaVersionOptionTest.WithDashboards.class.getName();
    private static final Dashboard DASHBOARD = SampleDashboards.model().dashboards().get(0);

    @TempDir
    Path output;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--dashboard-format classic||classic",
            "--dashboard-format resource|dashboard.grafana.app/v1beta1|resource",
            "--dashboard-format RESOURCE|dashboard.grafana.app/v1beta1|resource",
            "--grafana-version 13 --dashboard-format resource|dashboard.grafana.app/v1|resource",
            "--grafana-version 13 --dashboard-format classic||classic",
            "--grafana-version 12.4||classic",
            "--dashboard-format v2|dashboard.grafana.app/v2beta1|v2",
            "--grafana-version 13|dashboard.grafana.app/v2|v2",
            "--grafana-version 13.0.2 --dashboard-format v2|dashboard.grafana.app/v2|v2"})
    void theFormatDecidesTheShapeAndCheckComparesWithTheSame(String options, String apiVersion, String format)
            throws Exception {
        String[] extra = options.split(" ");
        assertEquals(0, run(concat(new String[] {"generate", "--model", MODEL, "--output", output.toString()}, extra)),
                printed());
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(output.resolve(DashboardPaths.dashboard(DASHBOARD))));
        if (apiVersion == null) {
            assertEquals(DASHBOARD.uid(), dashboard.path("uid").asText(), "classic JSON");
            assertFalse(dashboard.has("apiVersion"));
        } else {
            assertEquals(apiVersion, dashboard.path("apiVersion").asText());
            assertEquals(DASHBOARD.uid(), dashboard.at("/metadata/name").asText());
            assertTrue(Files.exists(output.resolve(DashboardPaths.folderMetadata(DASHBOARD.folder()))));
        }
        assertEquals(0, run(concat(new String[] {"check", "--model", MODEL, "--output", output.toString()}, extra)),
                printed());
        printed.reset();
        String other = format.equals("classic") ? "resource" : "classic";
        assertEquals(1, run("check", "--model", MODEL, "--output", output.toString(), "--dashboard-format", other));
        assertTrue(printed().contains("--dashboard-format " + other), "the fix command carries the format: " + printed());
    }

    @Test
    void composeWritesEveryTeamsDashboardsInTheFormatAndComposeCheckComparesWithIt() throws Exception {
        String platform = ComposeCommandTest.Platform.class.getName();
        String checkout = ComposeCommandTest.Checkout.class.getName();
        assertEquals(0, run("compose", "--model", platform, "--model", checkout, "--output", output.toString(),
                "--dashboard-format", "resource"), printed());
        Observability team = new ComposeCommandTest.Checkout().define();
        // A team's dashboard without a folder of its own is in the team's folder.
        Dashboard dashboard = team.dashboards().get(0).withFolder(team.team().folder());
        Path file = output.resolve("teams/checkout/" + DashboardPaths.dashboard(dashboard));
        assertEquals("Dashboard", new ObjectMapper().readTree(Files.readString(file)).path("kind").asText());
        assertTrue(Files.exists(output.resolve("teams/checkout/" + DashboardPaths.folderMetadata(dashboard.folder()))));
        assertEquals(0, run("compose-check", "--model", platform, "--model", checkout, "--output", output.toString(),
                "--dashboard-format", "resource"), printed());
        printed.reset();
        assertEquals(1, run("compose-check", "--model", platform, "--model", checkout, "--output", output.toString()));
        String fix = printed().lines().filter(l -> l.contains("Obsgen compose --model")).findFirst().orElseThrow();
        assertFalse(fix.contains("--dashboard-format"), "the default needs no option: " + fix);
    }

    @ParameterizedTest
    @CsvSource({"yaml", "v1", "''"})
    void aFormatThatIsNotOneIsAUsageErrorNamingIt(String value) {
        assertEquals(2, run("generate", "--model", MODEL, "--output", output.toString(), "--dashboard-format", value));
        assertTrue(printed().contains("--dashboard-format: not a dashboard format: '" + value + "' (one of classic, "
                + "resource, v2)"), printed());
        assertFalse(Files.exists(output.resolve("grafana")));
    }

    @ParameterizedTest
    @CsvSource({"11.6, resource"})
    void aResourceFormatBeforeGrafana12IsAUsageErrorNamingTheFormatAndTheRelease(String release, String format) {
        assertEquals(2, run("generate", "--model", MODEL, "--output", output.toString(), "--grafana-version", release,
                "--dashboard-format", format));
        assertEquals("--dashboard-format: the " + format + " dashboard format needs Grafana 12 or later, which serves"
                + " dashboard.grafana.app resources; Grafana " + GrafanaVersion.parse(release).pluginVersion()
                + " reads classic only\n", printed());
        assertFalse(Files.exists(output.resolve("grafana")));
    }

    @ParameterizedTest
    @CsvSource({"10.4.0, classic only", "12.0.0, classic or resource only", "12.1, classic or resource only"})
    void v2BeforeGrafana12Point2IsAUsageErrorNamingTheRelease(String release, String reads) {
        assertEquals(2, run("generate", "--model", MODEL, "--output", output.toString(), "--grafana-version", release,
                "--dashboard-format", "v2"));
        assertEquals("--dashboard-format: the v2 dashboard format needs Grafana 12.2 or later, which serves"
                + " dashboard.grafana.app/v2beta1; Grafana " + GrafanaVersion.parse(release).pluginVersion()
                + " reads " + reads + "\n", printed());
        assertFalse(Files.exists(output.resolve("grafana")));
    }

    @Test
    void theUsageNamesTheOption() {
        assertEquals(0, run("generate", "--help"));
        assertTrue(printed().contains("--dashboard-format FORMAT"), printed());
        assertTrue(printed().contains("classic (the dashboard JSON), resource"), printed());
        assertTrue(printed().contains("resource needs Grafana 12 or later, v2 12.2 or later"), printed());
    }

    private static String[] concat(String[] head, String[] tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private int run(String... args) {
        return Obsgen.run(args, print, print);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
