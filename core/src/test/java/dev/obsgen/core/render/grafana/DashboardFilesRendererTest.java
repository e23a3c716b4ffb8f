package dev.obsgen.core.render.grafana;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.obsgen.core.SampleModel;
import dev.obsgen.core.SampleTeams;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.slo.SloRulesTest;
import dev.obsgen.core.team.Composition;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One renderer for the dashboard files and their resources writes what the two renderers write, byte for byte. */
class DashboardFilesRendererTest {
    @ParameterizedTest
    @ValueSource(strings = {"platform", "platform with SLO dashboards", "team", "composed team", "Grafana 11"})
    void theFilesAreThoseOfTheJsonAndTheKubernetesRenderers(String row) {
        RenderSettings settings = RenderSettings.of("x");
        GrafanaVersion version = GrafanaVersion.DEFAULT;
        Observability model;
        switch (row) {
            case "platform" -> model = SampleDashboards.model();
            case "platform with SLO dashboards" -> model = SloRules.expand(SloRulesTest.model());
            case "team" -> model = SloRules.expand(SampleTeams.search(SampleModel.model()));
            case "composed team" -> {
                Composition composition = Composition.of(List.of(SampleModel.model(),
                        SampleTeams.checkout(SampleModel.model())));
                settings = settings.composing(composition);
                model = SloRules.expand(composition.views().get(0));
            }
            default -> {
                model = SampleDashboards.model();
                version = GrafanaVersion.parse("11.0");
            }
        }
        List<GeneratedFile> apart = new ArrayList<>(new DashboardRenderer(version).render(model, settings));
        apart.addAll(new DashboardKubernetesRenderer(version).render(model, settings));
        List<GeneratedFile> together = new DashboardFilesRenderer(version).render(model, settings);
        assertFalse(together.isEmpty(), row);
        assertEquals(sorted(apart), sorted(together), row);
    }

    private static List<GeneratedFile> sorted(List<GeneratedFile> files) {
        return files.stream().sorted(Comparator.comparing(GeneratedFile::path)).toList();
    }
}
