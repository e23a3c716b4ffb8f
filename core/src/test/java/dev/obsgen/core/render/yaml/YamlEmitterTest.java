package dev.obsgen.core.render.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.obsgen.core.Generation;
import dev.obsgen.core.SampleModel;
import dev.obsgen.core.render.RenderSettings;
import dev.obsgen.core.render.YamlFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emitter against the mapper it replaces: for every string of a table of awkward ones, in every position a
 * scalar can take (value, key, list item, nested), and for seeded random strings and documents, the bytes are the
 * mapper's, and the emitter refuses exactly the shapes it does not claim.
 */
class YamlEmitterTest {
    static Stream<String> awkwardStrings() {
        return Stream.of(
                // plain text and text the generator quotes
                "plain", "two words", "a-b_c.d/e", "", " ", "  ", " leading", "trailing ", " both ",
                "key: value", "key:value", "ends with colon:", ":", ": x", "::", "a #comment", "a#b", "#first",
                "- item", "-item", "-", "--", "---", "--- x", "...", "... x", "?", "? x", "?x", "a?b",
                "{", "}", "[", "]", "a,b", "{}", "[]", "&anchor", "*alias", "!tag", "|", ">", "'", "'quoted'",
                "\"", "\"quoted\"", "%", "@", "`", "a'b", "it's", "say \"hi\"", "back\\slash", "a: 'b'",
                "a\tb", "\t", "tab: \tx", "a #\tb", "x\t#y", "x:\ty",
                // YAML 1.1 booleans and nulls, in every case
                "yes", "Yes", "YES", "yEs", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "true",
                "True", "TRUE", "tRue", "false", "False", "FALSE", "null", "Null", "NULL", "nUll", "~", "~x", "y",
                "Y", "n", "N", "x",
                // numbers in every YAML form
                "0", "1", "-1", "+1", "1.5", "-1.5", ".5", "5.", "-.5", "+", ".", "-.", "007", "0_1", "0b1010",
                "0o17", "0x1F", "0x1f", "1e3", "1E3", "1.0e-3", "-1e+3", "1_000", "1,000", ".inf", "-.inf",
                ".Inf", ".NaN", ".nan", "NaN", "Infinity", "-Infinity", "12:30", "190:20:30", "1:2", "0.0.1",
                "1.2.3", "v1", "1a", "2026-01-01", "2026-01-01T10:00:00Z", "2026-01-01 10:00:00", "10m", "5m0s",
                // control characters and line breaks
                "a\rb", "\r", "a\r\nb\r\n", "\u0000", "a\u0007b", "\u001B[0m", "\u000B", "\f", "\b",
                // unicode: accents, symbols, emoji, no-break space, BOM, the non-ASCII line breaks
                "café", "naïve: ü", "日本語", "→", "—", "😀", "a😀b", "😀:", "- 😀", "\u00A0", "a\u00A0b",
                "\uFEFF", "a\uFEFFb", "\u0085", "a\u0085b", "\u2028", "a\u2028b", "\u2029", "\uD83D", "a\uD83Db",
                "\uDE00", "\uD83D\uD83D", "\uFFFE", "\uFFFF", "\u007F", "\u0080", "\u009F",
                // multi-line: literal blocks and their indicators
                "a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\n", "\n\n", "\na", "\n a", " a\nb", "a\n b",
                "a \nb", "a\n\nb", "a\nb ", "a\n ", "a\n\n ", "a\n\tb", "\ta\nb", "a\r\nb", "a\n\u00A0b",
                "a\n😀", "#a\nb", "- a\nb", "a: b\nc: d", "'\n'", "\"\n\"", "---\n...", "a\n\u2028b",
                "line one\nline two\n  indented\n\nlast", "{\n  \"json\": [1, 2],\n  \"x\": \"y\"\n}",
                "x".repeat(200), "a ".repeat(100) + "b", ("word ".repeat(30) + "\n").repeat(3),
                "k".repeat(127), "k".repeat(128), "k".repeat(129));
    }

    @ParameterizedTest
    @MethodSource("awkwardStrings")
    void aStringAnywhereIsWrittenAsTheMapperWritesIt(String text) {
        Map<String, Object> asValue = new LinkedHashMap<>();
        asValue.put("v", text);
        asValue.put("list", List.of(text, "after"));
        asValue.put("nested", Map.of("deeper", Map.of("v", text)));
        asValue.put("rows", List.of(Map.of("a", text, "b", 1), List.of(text)));
        assertSame(asValue, refused(text, false));
        assertSame(Map.of(text, "value"), refused(text, true));
        assertSame(Map.of("m", Map.of(text, List.of(text))), refused(text, true));
        assertSame(List.of(text), refused(text, false));
    }

    // The shapes the emitter leaves to the mapper: SnakeYAML writes such keys as "? key", and the other line
    // breaks bend its plain and literal writers in ways no output of ours needs.
    private static boolean refused(String text, boolean asKey) {
        boolean otherBreak = text.chars().anyMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029);
        return otherBreak || asKey && (text.isEmpty() || text.length() >= 128 || text.indexOf('\n') >= 0);
    }

    @Test
    void scalarsOfEveryKindAndEmptyCollections() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("int", 1);
        document.put("negative", -7);
        document.put("long", 12345678901L);
        document.put("double", 1.5);
        document.put("whole double", 1000.0);
        document.put("tiny", 1e-10);
        document.put("huge", 1e300);
        document.put("nan", Double.NaN);
        document.put("infinite", Double.NEGATIVE_INFINITY);
        document.put("float", 2.5f);
        document.put("big", new java.math.BigInteger("123456789012345678901234567890"));
        document.put("true", true);
        document.put("false", false);
        document.put("null", null);
        document.put("empty map", Map.of());
        document.put("empty list", List.of());
        document.put("list of empties", List.of(Map.of(), List.of(), ""));
        document.put("list of lists", List.of(List.of(List.of("a", "b"), "c"), List.of(Map.of("k", List.of()))));
        document.put("map in list", List.of(Map.of("a", 1, "b", Map.of("c", List.of(1, 2))), Map.of("x", "")));
        document.put("1", "number key");
        document.put("yes", "keyword key");
        document.put("key: with colon", "x");
        document.put("#hash key", "x");
        document.put("tab\tkey", "x");
        document.put("bell\u0007key", "x");
        document.put("'quote", "x");
        document.put("- dash", "x");
        assertSame(document, false);
        assertSame(Map.of(), false);
        assertSame(List.of(), false);
        assertSame(List.of(List.of(), Map.of()), false);
        assertSame(List.of(List.of(List.of("deep"))), false);
    }

    @Test
    void recordsKeepTheirComponentOrderNamesAndLeaveNullsOut() {
        record Inner(String name, Integer limit, List<String> values) {
        }
        record Outer(@com.fasterxml.jackson.annotation.JsonProperty("for") String forDuration, Inner inner,
                     Map<String, String> labels, List<Inner> inners) {
        }
        Outer outer = new Outer("5m", new Inner("a", null, List.of("x\ny", "")),
                new TreeMap<>(Map.of("b", "2", "a", "yes")), List.of(new Inner("b", 3, null), new Inner(null, null, List.of())));
        assertSame(outer, false);
    }

    @Test
    void randomStringsAndDocumentsAreWrittenAsTheMapperWritesThem() {
        Random random = new Random(20261130L);
        int emitted = 0;
        for (int i = 0; i < 20_000; i++) {
            Object document = randomDocument(random, 0);
            Optional<String> yaml = YamlFormat.emit(document, i % 2 == 0 ? "header" : null);
            if (yaml.isPresent()) {
                emitted++;
                assertEquals(YamlFormat.writeWithMapper(document, i % 2 == 0 ? "header" : null), yaml.get(),
                        () -> "document " + document);
            }
        }
        // About a third hold a key or a line break the emitter leaves to the mapper; the rest must be written.
        assertTrue(emitted > 12_000, "the emitter refused too many random documents: wrote " + emitted);
    }

    @Test
    void randomStringsAsKeysValuesAndItemsAreWrittenAsTheMapperWritesThem() {
        Random random = new Random(7L);
        for (int i = 0; i < 30_000; i++) {
            String text = randomString(random) + randomString(random);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("value", text);
            document.put("items", List.of(text));
            Optional<String> yaml = YamlFormat.emit(document, null);
            assertEquals(refused(text, false), yaml.isEmpty(), () -> "refused: " + document);
            yaml.ifPresent(out -> assertEquals(YamlFormat.writeWithMapper(document, null), out, () -> "document " + document));
            Map<String, Object> keyed = Map.of(text, 1);
            Optional<String> keyedYaml = YamlFormat.emit(keyed, null);
            assertEquals(refused(text, true), keyedYaml.isEmpty(), () -> "refused: " + keyed);
            keyedYaml.ifPresent(out -> assertEquals(YamlFormat.writeWithMapper(keyed, null), out, () -> "document " + keyed));
        }
    }

    @Test
    void shapesTheEmitterDoesNotClaimAreWrittenByTheMapperAndCounted() {
        List<Object> documents = List.of(Map.of("decimal", new java.math.BigDecimal("1.50")),
                Map.of("binary", new byte[] {1, 2, 3}), Map.of("", "empty key"), Map.of("a\nb", "multi-line key"),
                Map.of("k".repeat(128), "long key"), Map.of("v", "line\u2028separator"), "a scalar", 42);
        for (Object document : documents) {
            assertTrue(YamlFormat.emit(document, null).isEmpty(), () -> "claimed: " + document);
            long before = YamlFormat.writtenByMapper();
            assertEquals(YamlFormat.writeWithMapper(document, "h"), YamlFormat.write(document, "h"));
            assertEquals(before + 1, YamlFormat.writtenByMapper());
        }
    }

    @Test
    void theSampleModelIsWrittenWithoutTheMapper() {
        long before = YamlFormat.writtenByMapper();
        Generation.standard().render(SampleModel.model(), RenderSettings.of("x"));
        assertEquals(before, YamlFormat.writtenByMapper());
    }

    private static void assertSame(Object document, boolean refused) {
        Optional<String> yaml = YamlFormat.emit(document, null);
        assertEquals(refused, yaml.isEmpty(), () -> "refused: " + document);
        yaml.ifPresent(text -> assertEquals(YamlFormat.writeWithMapper(document, null), text, () -> "document " + document));
        assertEquals(YamlFormat.writeWithMapper(document, "h"), YamlFormat.write(document, "h"));
    }

    private static final String[] PIECES = {
        " ", " ", "  ", "\n", "\n", "\n\n", ":", ": ", " #", "#", "-", "- ", "?", "'", "\"", "\\", ",", "[", "]",
        "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "~", ".", "..", "---", "0", "1", "07", "1.5", "+", "e3",
        "0x", "\t", "\r", "é", "😀", "\u00A0", "\uFEFF", "\u0085", "\u2028", "\uD83D", "\uDE00", "\u0007", "\u0000",
        "\u007F", "yes", "no",
        "true", "null", "on", "off", "Y", "n", "a", "b", "word", "label", "{{ $value }}", "x".repeat(90),
    };

    private static String randomString(Random random) {
        int pieces = random.nextInt(6);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(random.nextInt(3) == 0 ? "w" : PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static Object randomDocument(Random random, int depth) {
        if (depth == 0 || random.nextInt(3) > 0 && depth < 4) {
            if (random.nextBoolean()) {
                Map<String, Object> map = new LinkedHashMap<>();
                int size = random.nextInt(depth == 0 ? 5 : 4) + (depth == 0 ? 1 : 0);
                for (int i = 0; i < size; i++) {
                    map.put(random.nextInt(4) == 0 ? randomString(random) : "k" + i, randomDocument(random, depth + 1));
                }
                return map;
            }
            List<Object> list = new ArrayList<>();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                list.add(randomDocument(random, depth + 1));
            }
            return list;
        }
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt(2000) - 1000;
            case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(30) - 15);
            case 2 -> random.nextBoolean();
            case 3 -> random.nextInt(10) == 0 ? null : "";
            default -> randomString(random);
        };
    }
}
