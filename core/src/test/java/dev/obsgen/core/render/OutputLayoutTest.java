package dev.obsgen.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.obsgen.core.PairedAlertsModel;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.prometheus.RuleTestRenderer;
import dev.obsgen.core.slo.SloRules;
import dev.obsgen.core.write.GeneratedFile;
import dev.obsgen.model.Observability;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The layout lists exactly the rule tests and isolated copies the renderer writes, and every name they hold. */
class OutputLayoutTest {
    @ParameterizedTest
    @ValueSource(strings = {"sample", "paired alerts"})
    void theTestsAndIsolatedCopiesListedAreTheOnesWritten(String row) {
        Observability model = SloRules.expand(row.equals("sample") ? SampleModel.model() : PairedAlertsModel.model());
        Set<String> written = new RuleTestRenderer().render(model, RenderSettings.of("x")).stream()
                .map(GeneratedFile::path).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = OutputLayout.of(model).stream().map(OutputLayout.NamedPath::path)
                .filter(path -> path.startsWith(RuleTestRenderer.DIRECTORY))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> isolatedWritten = written.stream().filter(p -> p.startsWith(RuleTestRenderer.ISOLATED))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> isolatedListed = listed.stream().filter(p -> p.startsWith(RuleTestRenderer.ISOLATED))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(isolatedWritten, isolatedListed, row);
        if (row.equals("paired alerts")) {
            assertFalse(isolatedWritten.isEmpty(), "the paired alerts are tested alone");
        }
        // A group without tests is listed and not written; a written test is always listed.
        assertEquals(written, written.stream().filter(listed::contains)
                .collect(Collectors.toCollection(TreeSet::new)), row);
        assertFalse(List.copyOf(listed).isEmpty(), row);
    }
}
