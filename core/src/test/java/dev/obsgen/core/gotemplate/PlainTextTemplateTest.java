package dev.obsgen.core.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value without an action is not handed to the parser: its tree is the definitions' followed by its text. Each
 * row holds that tree to the one the parser makes of the definitions and the text, and the findings read from it.
 */
class PlainTextTemplateTest {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Queue backlog 7 is high.", "https://runbooks.example.com/scale/queue-backlog",
            "critical", "a }} b", "{ not an action }", "{", "}", "ends with {", "{ {", "$labels.job", "%s %d",
            "two\nlines\n", "\ttab", "üñí çødé ✓", "{-", "-}}", "/* not a comment */", "{{"})
    void aValueWithoutAnActionHasTheParsersTree(String text) {
        AlertTemplate value = AlertTemplate.parse(text);
        if (text.contains("{{")) {
            // The row that holds an action shows the parser still reads it (and refuses an unclosed one).
            assertTrue(value.error().isPresent(), text);
            return;
        }
        Template parsed = Template.parse("__alert", AlertTemplate.DEFINITIONS + text, TemplateFunctions.prometheus());
        assertEquals(parsed, value.template(), text);
        assertEquals(List.of(), value.labelReferences(), text);
        assertEquals(List.of(), value.queries(), text);
        assertEquals(List.of(), value.valuePrints(), text);
        assertTrue(value.error().isEmpty(), text);
    }
}
