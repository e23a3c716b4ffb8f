package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which dashboard a finding is about, and where an imported dashboard's suppressions go in its code. */
class DashboardFindingsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "dashboard 'node-overview' | node-overview",
        "panel 'CPU' of dashboard 'node-overview' | node-overview",
        "panel 'CPU' (query A) of dashboard 'node-overview' | node-overview",
        "variable 'cluster' of dashboard 'k8s_views_global' | k8s_views_global",
        "alert 'X' in group 'g' |",
        "metric 'up' |"})
    void namesTheDashboardOfAFinding(String element, String uid) {
        assertEquals(Optional.ofNullable(uid), DashboardFindings.dashboardOf(element));
    }

    @Test
    void suppressionsGoBeforeTheBuildThatEndsTheReturn() {
        ImportedDashboard dashboard = new ImportedDashboard("node-overview", new JavaMethod("nodeOverview",
                "Dashboard", "return Dashboard.builder(\"node-overview\", \"Nodes\")\n"
                        + "        .withPanel(Panel.text(\"Notes\").build())\n"
                        + "        .build();", null), List.of());
        Map<String, String> suppressions = new TreeMap<>(Map.of("dashboard/uid", "imported: uid 'x' \"quoted\"",
                "dashboard/datasource", "imported: no variable"));
        assertEquals("return Dashboard.builder(\"node-overview\", \"Nodes\")\n"
                        + "        .withPanel(Panel.text(\"Notes\").build())\n"
                        + "        .suppress(\"dashboard/datasource\", \"imported: no variable\")\n"
                        + "        .suppress(\"dashboard/uid\", \"imported: uid 'x' \\\"quoted\\\"\")\n"
                        + "        .build();",
                DashboardFindings.withSuppressions(dashboard, suppressions).method().body());
    }
}
