package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.obsgen.model.dashboard.Dashboard;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resource's apiVersion follows the release; its name is the uid and its folder annotation the folder's uid. */
class DashboardResourceTest {
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "resource, 11.6, dashboard.grafana.app/v1beta1",
            "resource, 12.3, dashboard.grafana.app/v1beta1",
            "resource, 13.0, dashboard.grafana.app/v1",
            "resource, 14, dashboard.grafana.app/v1",
            "v2, 12.2, dashboard.grafana.app/v2beta1",
            "v2, 12.4.1, dashboard.grafana.app/v2beta1",
            "v2, 13.0.2, dashboard.grafana.app/v2",
            "v2, 14.1, dashboard.grafana.app/v2"})
    void theApiVersionIsTheOneTheReleaseServes(String format, String version, String apiVersion) {
        assertEquals(apiVersion, DashboardResource.apiVersion(DashboardFormat.parse(format), GrafanaVersion.parse(version)));
    }

    @Test
    void classicJsonHasNoApiVersion() {
        assertThrows(IllegalArgumentException.class,
                () -> DashboardResource.apiVersion(DashboardFormat.CLASSIC, GrafanaVersion.DEFAULT));
    }

    @Test
    void theMetadataNamesTheUidAndTheFoldersUidAndNoNamespace() {
        Dashboard dashboard = SampleDashboards.model().dashboards().get(0);
        Map<String, Object> resource = DashboardResource.of(dashboard, Map.of("title", "x"), DashboardFormat.RESOURCE,
                GrafanaVersion.DEFAULT);
        assertEquals("Dashboard", resource.get("kind"));
        Map<?, ?> metadata = (Map<?, ?>) resource.get("metadata");
        assertEquals(dashboard.uid(), metadata.get("name"));
        assertEquals(Map.of(DashboardResource.FOLDER_ANNOTATION, FolderResource.uid(dashboard.folder())),
                metadata.get("annotations"));
        // Git Sync refuses a file whose namespace is not its repository's.
        assertFalse(metadata.containsKey("namespace"));
        assertEquals(Map.of("title", "x"), resource.get("spec"));
    }

    @Test
    void aDashboardOutsideFoldersHasNoFolderAnnotation() {
        Dashboard dashboard = SampleDashboards.model().dashboards().get(0).withFolder("");
        Map<?, ?> metadata = (Map<?, ?>) DashboardResource.of(dashboard, Map.of(), DashboardFormat.RESOURCE,
                GrafanaVersion.DEFAULT).get("metadata");
        assertEquals(Map.of("name", dashboard.uid()), metadata);
    }
}
