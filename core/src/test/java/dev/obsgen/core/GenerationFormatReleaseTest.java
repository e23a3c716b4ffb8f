package dev.obsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.grafana.DashboardFormat;
import dev.obsgen.core.render.grafana.GrafanaVersion;
import dev.obsgen.core.render.grafana.SampleDashboards;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resource formats need a release that serves dashboard.grafana.app, v2 one that serves its v2beta1 shape; classic is
 * read by every release.
 */
class GenerationFormatReleaseTest {
    @ParameterizedTest(name = "{1} on Grafana {0} is refused")
    @CsvSource({"10.4, resource", "11.6.3, resource"})
    void aResourceFormatBeforeGrafana12IsRefusedNamingBoth(String release, String format) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Generation.standard(GrafanaVersion.parse(release), DashboardFormat.parse(format)));
        assertEquals("the " + format + " dashboard format needs Grafana 12 or later, which serves"
                + " dashboard.grafana.app resources; Grafana " + GrafanaVersion.parse(release).pluginVersion()
                + " reads classic only", e.getMessage());
    }

    @ParameterizedTest(name = "v2 on Grafana {0} is refused")
    @CsvSource({"10.4.0, classic only", "11.6.3, classic only", "12.0.0, classic or resource only",
            "12.1.9, classic or resource only"})
    void v2BeforeGrafana12Point2IsRefusedNamingTheRelease(String release, String reads) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Generation.standard(GrafanaVersion.parse(release), DashboardFormat.V2));
        assertEquals("the v2 dashboard format needs Grafana 12.2 or later, which serves dashboard.grafana.app/v2beta1;"
                + " Grafana " + release + " reads " + reads, e.getMessage());
    }

    @ParameterizedTest(name = "{1} on Grafana {0} is written")
    @CsvSource({"10.4.0, classic", "11.6.3, classic", "12.0.0, classic", "12.0.0, resource", "12.1.9, resource",
            "12.2.0, v2", "12.4.1, v2", "13, v2"})
    void everyOtherPairIsWritten(String release, String format) {
        int files = Generation.standard(GrafanaVersion.parse(release), DashboardFormat.parse(format))
                .render(SampleDashboards.model(), RenderSettings.of("x")).output().paths().size();
        assertEquals(true, files > 0, release + " " + format);
    }
}
