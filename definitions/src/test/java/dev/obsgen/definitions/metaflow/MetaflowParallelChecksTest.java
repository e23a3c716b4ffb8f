package dev.obsgen.definitions.metaflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.obsgen.core.check.CheckRegistry;
import dev.obsgen.core.check.Finding;
import dev.obsgen.model.Observability;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks of the Metaflow model (SLOs expanded into rules, dashboards, logs, collection) find on several threads
 * what they find on one, in the same order, to the byte; among them the notes of the findings its rules suppress.
 */
class MetaflowParallelChecksTest {
    private static final Observability MODEL = new MetaflowObservability().define();

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3, 4})
    void findsOnSeveralThreadsWhatOneThreadFinds(int threads) {
        List<Finding> sequential = CheckRegistry.standard().withThreads(1).run(MODEL);
        assertFalse(sequential.isEmpty(), "the model's suppressed findings are notes");
        List<Finding> parallel = CheckRegistry.standard().withThreads(threads).run(MODEL);
        assertEquals(text(sequential), text(parallel));
        assertEquals(sequential, parallel);
    }

    private static String text(List<Finding> findings) {
        return findings.stream().map(Finding::format).collect(Collectors.joining("\n"));
    }
}
