package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.model.dashboard.GrafanaUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample dashboard against Grafana's published schemas, and the unit list against the published unit ids. */
class DashboardSchemaTest {
    private static GrafanaSchemas schemas() {
        return GrafanaSchemas.load();
    }

    @Test
    void sampleDashboardSatisfiesEverySchema() {
        GrafanaSchemas schemas = schemas();
        String json = new DashboardRenderer().json(SampleDashboards.shop(SampleDashboards.model()));
        assertEquals(List.of(), schemas.validateDashboard(json));
    }

    @Test
    void validationCatchesAnOptionTheSchemaDoesNotKnow() {
        GrafanaSchemas schemas = schemas();
        String json = new DashboardRenderer().json(SampleDashboards.shop(SampleDashboards.model()))
                .replace("\"graphMode\": \"area\"", "\"graphMode\": \"sparkline\"");
        List<String> problems = schemas.validateDashboard(json);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.contains("(stat) options")), problems.toString());
    }

    @Test
    void everyGrafanaUnitIsOneGrafanaKnows() {
        Set<String> published = schemas().unitIds().stream().collect(Collectors.toSet());
        for (GrafanaUnit unit : GrafanaUnit.values()) {
            assertTrue(published.contains(unit.id()), unit + " has id '" + unit.id() + "', which Grafana does not list");
        }
    }
}
