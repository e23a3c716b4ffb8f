package dev.obsgen.core.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of {@link TemplateRows}: accepted, or refused with Go's message and the column of the spot. */
class AlertTemplateParseTest {
    static Stream<TemplateRows.Row> rows() {
        return TemplateRows.ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void parsesAsPrometheusDoes(TemplateRows.Row row) {
        AlertTemplate template = AlertTemplate.parse(row.template());
        if (row.accepted()) {
            assertTrue(template.error().isEmpty(), () -> "refused: " + template.error().get().getMessage());
            return;
        }
        assertTrue(template.error().isPresent(), "accepted, but Go refuses it with: " + row.error());
        TemplateParseException error = template.error().get();
        assertTrue(error.reason().contains(row.error()), () -> "reason: " + error.reason());
        assertEquals(row.column(), error.column(), () -> "column of " + error.reason());
    }

    @Test
    void theMessageReadsAsGosAndCountsLinesOfTheTemplate() {
        TemplateParseException error = AlertTemplate.parse("line one\n{{ humanise $value }}").error().orElseThrow();
        assertEquals("template: __alert:2: function \"humanise\" not defined", error.getMessage());
        assertEquals(2, error.line());
        assertEquals(4, error.column());
        assertEquals("line one\n{{ humanise $value }}", error.input());
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String parentheses = "{{ " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }}";
        assertEquals("max expression depth exceeded",
                AlertTemplate.parse(parentheses).error().orElseThrow().reason());
        String ifs = "{{ if 1 }}".repeat(5000) + "{{ end }}".repeat(5000);
        assertEquals("control structures nested too deeply", AlertTemplate.parse(ifs).error().orElseThrow().reason());
    }
}
