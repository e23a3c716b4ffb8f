package dev.obsgen.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry is the documentation: every check has a unique, namespaced id, a summary, an example and a fix. */
class CheckDocsTest {
    private final List<Check> checks = CheckRegistry.standard().allChecks();

    @Test
    void everyCheckIsDocumented() {
        for (Check check : checks) {
            assertTrue(check.id().matches("[a-z]+/[a-z0-9-]+"), check.id());
            assertTrue(!check.summary().isBlank(), check.id() + " has no summary");
            assertTrue(!check.example().isBlank(), check.id() + " has no example");
            assertTrue(!check.fix().isBlank(), check.id() + " has no fix");
        }
    }

    @Test
    void idsAreUnique() {
        assertEquals(checks.size(), checks.stream().map(Check::id).distinct().count());
    }
}
