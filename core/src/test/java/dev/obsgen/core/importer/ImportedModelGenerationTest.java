package dev.obsgen.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.ModelRejectedException;
import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.model.Observability;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The imported kube-prometheus model generates at once: the placeholders it declares satisfy the model checks, and
 * every finding on an imported rule is suppressed on it.
 */
class ImportedModelGenerationTest {
    @TempDir
    Path work;

    @Test
    void importedKubePrometheusModelGenerates() throws IOException {
        assumeTrue(ModelChecksHonourImport.holds(), ModelChecksHonourImport.REASON);
        Importer.Result result = new Importer(new dev.obsgen.core.importer.dashboard.DashboardImport(), null, CheckRegistry.standard())
                .run(ImportRoundTripTest.CLASS, List.of(ImportRoundTripTest.KUBE_PROMETHEUS));
        Observability model = ImportedSource.define(result, work);
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
