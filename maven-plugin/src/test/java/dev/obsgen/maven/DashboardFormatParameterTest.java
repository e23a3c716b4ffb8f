package dev.obsgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.render.grafana.DashboardFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dashboardFormat} ({@code -Dobsgen.grafana.format}): optional on every model goal, and unset it follows
 * {@code grafanaVersion}; a value that is no format fails the build naming it.
 */
class DashboardFormatParameterTest {
    @Test
    void everyModelGoalReadsTheFormatPropertyWithoutADefault() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        long goals = Pattern.compile("<dashboardFormat implementation=\"java.lang.String\">"
                + "\\$\\{obsgen.grafana.format}</dashboardFormat>").matcher(descriptor).results().count();
        assertEquals(4, goals, "check, compose, compose-check and generate");
    }

    @ParameterizedTest(name = "format {0} on Grafana {1}")
    @CsvSource({
            ", 12.3.0, classic",
            ", 13.0.0, v2",
            ", 13, v2",
            "resource, 12.3.0, resource",
            "Resource, 13, resource",
            "classic, 13, classic",
            "resource, 12.0.0, resource",
            "v2, 12.2.0, v2",
            "v2, 12.4, v2"})
    void theFormatIsTheOneSetOrTheReleasesDefault(String format, String version, String expected) throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        mojo.dashboardFormat = format;
        mojo.grafanaVersion = version;
        assertEquals(DashboardFormat.parse(expected), mojo.dashboardFormat(mojo.grafanaVersion()));
    }

    @ParameterizedTest(name = "format {0} on Grafana {1} is refused")
    @CsvSource({"resource, 10.4.0", "resource, 11.6"})
    void aResourceFormatBeforeGrafana12FailsNamingTheFormatAndTheRelease(String format, String version) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.dashboardFormat = format;
        mojo.grafanaVersion = version;
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> mojo.dashboardFormat(mojo.grafanaVersion()));
        assertEquals("dashboardFormat (obsgen.grafana.format): the " + format + " dashboard format needs Grafana 12 or"
                + " later, which serves dashboard.grafana.app resources; Grafana " + version + (version.equals("11.6")
                ? ".0" : "") + " reads classic only", e.getMessage());
    }

    /** v2 is served as v2beta1 from Grafana 12.2 on; 12.0 and 12.1 serve only v2alpha1, another shape. */
    @ParameterizedTest(name = "v2 on Grafana {0} is refused")
    @CsvSource({"10.4.0, classic only", "12.0.0, classic or resource only", "12.1.4, classic or resource only"})
    void v2BeforeGrafana12Point2FailsNamingTheRelease(String version, String reads) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.dashboardFormat = "v2";
        mojo.grafanaVersion = version;
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> mojo.dashboardFormat(mojo.grafanaVersion()));
        assertEquals("dashboardFormat (obsgen.grafana.format): the v2 dashboard format needs Grafana 12.2 or later,"
                + " which serves dashboard.grafana.app/v2beta1; Grafana " + version + " reads " + reads,
                e.getMessage());
    }

    /** As on the command line ({@code --dashboard-format ''}), a blank value is no format, not the default. */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"json", "''", "'  '", "v1"})
    void aValueThatIsNoFormatFailsNamingTheParameterAndTheValue(String value) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.dashboardFormat = value;
        mojo.grafanaVersion = "12.3.0";
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> mojo.dashboardFormat(mojo.grafanaVersion()));
        assertEquals("dashboardFormat (obsgen.grafana.format): not a dashboard format: '" + value
                + "' (one of classic, resource, v2)", e.getMessage());
    }
}
