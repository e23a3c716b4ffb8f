package dev.obsgen.core.check.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.core.check.FindingSeverity;
import dev.obsgen.core.check.promql.NameCatalog;
import dev.obsgen.core.check.promql.Query;
import dev.obsgen.core.check.promql.QueryKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Without a model, {@code by (...)} still tells which labels survive; a template that prints a dropped label is a
 * warning there (the rule loads and fires, its text is empty), an error in a model.
 */
class TemplateLabelsWithoutModelTest {
    private static final Query QUERY = new Query("test",
            "min by (namespace, service) (rate(errors_total[5m])) > 0.01", QueryKind.ALERT, null, null,
            Map.of("description", "the {{ $labels.job }} cluster"), Map.of(), null, Map.of());

    @Test
    void aDroppedLabelInATemplateIsAWarningWithoutAModel() {
        List<Finding> findings = CheckRegistry.standard().queryRunner().run(List.of(QUERY), new NameCatalog()).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("alert/template-label", findings.get(0).checkId());
        assertEquals(FindingSeverity.WARNING, findings.get(0).severity());
    }
}
