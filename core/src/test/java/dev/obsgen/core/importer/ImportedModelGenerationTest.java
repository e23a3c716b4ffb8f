package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.importer.dashboard.DashboardImport;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.model.Observability;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The imported kube-prometheus model, its rules and its dashboards in one class, generates at once: the placeholders
 * it declares satisfy the model checks, every finding on an imported rule is suppressed on it, and the dashboards'
 * metrics are declared.
 */
class ImportedModelGenerationTest {
    private static final Path DASHBOARDS = Path.of("src/test/resources/import/dashboards");

    @TempDir
    Path work;

    @Test
    void importedKubePrometheusModelGenerates() throws IOException {
        Importer.Result result = new Importer(new DashboardImport(), null, CheckRegistry.standard())
                .run(ImportRoundTripTest.CLASS, List.of(ImportRoundTripTest.KUBE_PROMETHEUS, DASHBOARDS));
        Observability model = ImportedSource.define(result, work);
        assertTrue(model.dashboards().size() >= 3, "the dashboards are in the model: " + model.dashboards().size());
        assertTrue(model.ruleGroups().size() >= 20, "the rule groups are in the model: " + model.ruleGroups().size());
        List<Finding> errors;
        try {
            Generation.standard().render(model, RenderSettings.of(ImportRoundTripTest.CLASS));
            errors = List.of();
        } catch (ModelRejectedException e) {
            errors = e.findings().stream().filter(Finding::isError).toList();
        }
        assertEquals(List.of(), errors.stream().map(Finding::format).toList());
    }
}
