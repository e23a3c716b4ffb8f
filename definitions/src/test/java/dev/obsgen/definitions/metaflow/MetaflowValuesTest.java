package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.model.Observability;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every value of the Metaflow model is set where the model needs one, and none looks like a credential: its
 * runbook links, Grafana links with variables, environment variable names and queries are what they seem.
 */
class MetaflowValuesTest {
    private static final Observability MODEL = new MetaflowObservability().define();

    @Test
    void noValueIsMissingOrASecret() {
        List<String> findings = CheckRegistry.standard().run(MODEL).stream()
                .filter(f -> f.checkId().equals("model/missing-value") || f.checkId().startsWith("secret/"))
                .map(Finding::format)
                .toList();
        assertEquals(List.of(), findings);
    }
}
