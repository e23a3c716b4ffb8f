package dev.obsgen.core.render.fluentbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The classic writer writes what Fluent Bit reads back unchanged, and refuses what it could not. */
class FluentBitClassicWriterTest {
    @Test
    void alignsValuesAndKeepsRepeatedKeysAndAwkwardCharacters() {
        String text = new FluentBitClassicWriter().comment("first\nsecond")
                .section(FluentBitSection.of("FILTER").entry("Name", "modify").entry("Add", "a #1: \"x\"")
                        .entry("Add", "b %Y ${VAR}").build())
                .text();
        assertEquals("""
                # first
                # second

                [FILTER]
                    Name modify
                    Add  a #1: "x"
                    Add  b %Y ${VAR}
                """, text);
        List<FluentBitClassicReader.Section> read = FluentBitClassicReader.read(text);
        assertEquals(List.of(new FluentBitClassicReader.Entry("Name", "modify"),
                new FluentBitClassicReader.Entry("Add", "a #1: \"x\""),
                new FluentBitClassicReader.Entry("Add", "b %Y ${VAR}")), read.get(0).entries());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "line break in a value|Path|a\\nb|line break",
        "carriage return|Path|a\\rb|line break",
        "leading blank|Path|' a'|leading or trailing blanks",
        "trailing blank|Path|'a '|leading or trailing blanks",
        "empty value|Path|''|empty value",
        "key with a blank|Mem Buf|1|plain name",
        "key that is a directive|@INCLUDE|x|plain name"})
    void refusesWhatTheFormatCannotHold(String name, String key, String value, String message) {
        String unescaped = value.replace("\\n", "\n").replace("\\r", "\r");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new FluentBitClassicWriter()
                .section(FluentBitSection.of("INPUT").entry(key, unescaped).build()));
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void refusesASectionNameThatIsNotOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new FluentBitClassicWriter().section(FluentBitSection.of("IN]PUT").build()));
    }
}
