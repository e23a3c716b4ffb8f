package dev.obsgen.core.render.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Writes a document (the events a serialiser wrote) as the YAML that Jackson's YAML mapper writes with the features
 * {@code YamlFormat} sets (block style, MINIMIZE_QUOTES, ALWAYS_QUOTE_NUMBERS_AS_STRINGS, LITERAL_BLOCK_STYLE,
 * INDENT_ARRAYS_WITH_INDICATOR, no line splitting), byte for byte, at a fraction of the cost: SnakeYAML's emitter
 * analyses every character of a scalar through several indirections, and the dashboards' JSON embedded in
 * Kubernetes resources is megabytes of scalar.
 *
 * <p>The layout follows SnakeYAML's emitter state by state (column, indentation, whether the last character was
 * whitespace or indentation), and the scalar style follows Jackson's choice of the requested style and SnakeYAML's
 * analysis of the text. Shapes this class has not been proven on (keys that are empty, multi-line or 128 characters
 * and longer, line breaks other than {@code \n}, a scalar or nothing at the root, big decimals, numbers given as
 * text, binary or raw values) are refused with an empty result, and the caller writes that document with the mapper.
 */
public final class YamlEmitter {
    // SnakeYAML writes a key as "? key" once it is this long; Jackson's ALLOW_LONG_KEYS (off) would raise it.
    private static final int MAX_SIMPLE_KEY_LENGTH = 128;
    private static final int INDENT = 2;
    private static final int INDICATOR_INDENT = 2;

    private final YamlOutput out;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private int indent = -1; // -1: none yet (SnakeYAML's null)

    private YamlEmitter(YamlOutput out) {
        this.out = out;
    }

    /**
     * The YAML of the events (what a serialiser wrote into a {@code TokenBuffer}), after a {@code # header} line
     * when one is given; empty when the shape is not proven.
     */
    public static Optional<String> emit(JsonParser events, String header) {
        YamlOutput out = new YamlOutput(1024);
        if (header != null) {
            out.append("# ").append(header).append('\n');
        }
        try (events) {
            JsonToken first = events.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            YamlEmitter emitter = new YamlEmitter(out);
            emitter.node(events, first, false);
            if (events.nextToken() != null) {
                return Optional.empty();
            }
            emitter.writeIndent(); // the document's end
        } catch (Unproven e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(out.toString());
    }

    private void node(JsonParser events, JsonToken token, boolean mappingContext) throws IOException {
        if (token == null) {
            throw Unproven.INSTANCE;
        }
        switch (token) {
            case START_OBJECT -> {
                JsonToken next = events.nextToken();
                if (next == JsonToken.END_OBJECT) {
                    emptyFlow('{', '}');
                } else {
                    blockMapping(events, next);
                }
            }
            case START_ARRAY -> {
                JsonToken next = events.nextToken();
                if (next == JsonToken.END_ARRAY) {
                    emptyFlow('[', ']');
                } else {
                    blockSequence(events, next, mappingContext);
                }
            }
            case VALUE_STRING -> text(events.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> plain(numberText(events.getNumberValueDeferred()));
            case VALUE_TRUE -> plain("true");
            case VALUE_FALSE -> plain("false");
            case VALUE_NULL -> plain("null");
            default -> throw Unproven.INSTANCE; // embedded objects: binary, raw values
        }
    }

    private void emptyFlow(char open, char close) {
        writeIndicator(open, true, true, false);
        writeIndicator(close, false, false, false);
    }

    private void blockMapping(JsonParser events, JsonToken first) throws IOException {
        int saved = indent;
        indent = indent < 0 ? 0 : indent + INDENT;
        JsonToken token = first;
        for (; token == JsonToken.FIELD_NAME; token = events.nextToken()) {
            writeIndent();
            key(events.currentName());
            writeIndicator(':', false, false, false);
            node(events, events.nextToken(), true);
        }
        if (token != JsonToken.END_OBJECT) {
            throw Unproven.INSTANCE;
        }
        indent = saved;
    }

    private void blockSequence(JsonParser events, JsonToken first, boolean mappingContext) throws IOException {
        int saved = indent;
        boolean indentless = mappingContext && !indention;
        if (indent < 0) {
            indent = 0;
        } else if (!indentless) {
            indent += INDENT;
        }
        boolean firstItem = true;
        for (JsonToken token = first; token != JsonToken.END_ARRAY; token = events.nextToken()) {
            writeIndent();
            if (firstItem) {
                writeWhitespace(INDICATOR_INDENT);
            }
            writeIndicator('-', true, false, true);
            if (firstItem) {
                indent += INDICATOR_INDENT;
                firstItem = false;
            }
            node(events, token, false);
        }
        indent = saved;
    }

    private void key(String key) {
        if (key.isEmpty() || key.length() >= MAX_SIMPLE_KEY_LENGTH) {
            throw Unproven.INSTANCE;
        }
        Requested requested = YamlQuoting.needToQuoteName(key) ? Requested.DOUBLE_QUOTED : Requested.PLAIN;
        scalar(key, requested, ScalarAnalysis.of(key), true);
    }

    private void text(String text) {
        Requested requested = YamlQuoting.requestedForString(text);
        ScalarAnalysis analysis = requested == Requested.LITERAL ? ScalarAnalysis.forLiteral(text) : ScalarAnalysis.of(text);
        scalar(text, requested, analysis, false);
    }

    // The text Jackson's generator writes for the number as the serialiser handed it over (a long that fits an
    // int is written as the int: the same digits). A big decimal or a number given as text is left to the mapper.
    private static String numberText(Object number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof BigInteger) {
            return number.toString();
        }
        if (number instanceof Double d) {
            return String.valueOf(d.doubleValue());
        }
        if (number instanceof Float f) {
            return String.valueOf(f.floatValue());
        }
        throw Unproven.INSTANCE;
    }

    // Numbers, booleans and null: Jackson asks for a plain scalar.
    private void plain(String text) {
        scalar(text, Requested.PLAIN, ScalarAnalysis.of(text), false);
    }

    // SnakeYAML's expectScalar: the scalar's own indentation is one step in (a literal block's lines stand there).
    private void scalar(String text, Requested requested, ScalarAnalysis analysis, boolean simpleKey) {
        if (analysis.otherLineBreaks() || simpleKey && analysis.multiline()) {
            throw Unproven.INSTANCE;
        }
        int saved = indent;
        indent = indent < 0 ? INDENT : indent + INDENT;
        switch (analysis.style(requested, simpleKey)) {
            case PLAIN -> writePlain(text);
            case SINGLE_QUOTED -> writeSingleQuoted(text);
            case DOUBLE_QUOTED -> writeDoubleQuoted(text);
            case LITERAL -> writeLiteral(text);
        }
        indent = saved;
    }

    private void writeIndicator(char indicator, boolean needWhitespace, boolean whitespaceAfter, boolean indentation) {
        if (!whitespace && needWhitespace) {
            column++;
            out.append(' ');
        }
        whitespace = whitespaceAfter;
        indention = indention && indentation;
        column++;
        out.append(indicator);
    }

    private void writeIndent() {
        int target = Math.max(indent, 0);
        if (!indention || column > target || (column == target && !whitespace)) {
            writeLineBreak();
        }
        writeWhitespace(target - column);
    }

    private void writeWhitespace(int length) {
        if (length <= 0) {
            return;
        }
        whitespace = true;
        column += length;
        out.appendSpaces(length);
    }

    private void writeLineBreak() {
        whitespace = true;
        indention = true;
        column = 0;
        out.append('\n');
    }

    // Plain scalars here hold no line break (those are literal blocks or refused), and lines are never split.
    private void writePlain(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!whitespace) {
            column++;
            out.append(' ');
        }
        whitespace = false;
        indention = false;
        column += text.length();
        out.append(text);
    }

    // Single quotes are chosen only for text without line breaks; a quote inside is doubled.
    private void writeSingleQuoted(String text) {
        writeIndicator('\'', true, false, false);
        int start = 0;
        for (int i = text.indexOf('\''); i >= 0; i = text.indexOf('\'', start)) {
            out.append(text, start, i + 1).append('\'');
            column += i + 2 - start;
            start = i + 1;
        }
        out.append(text, start, text.length());
        column += text.length() - start;
        writeIndicator('\'', false, false, false);
    }

    private void writeDoubleQuoted(String text) {
        writeIndicator('"', true, false, false);
        int length = out.length();
        DoubleQuotedText.append(text, out);
        column += out.length() - length;
        writeIndicator('"', false, false, false);
    }

    // Lines are written as they are, each after the block's indentation; empty lines get none.
    private void writeLiteral(String text) {
        String hints = blockHints(text);
        writeIndicator('|', true, false, false);
        out.append(hints);
        column += hints.length();
        writeLineBreak();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd == start) {
                writeLineBreak();
                start++;
                continue;
            }
            writeIndent();
            int end = lineEnd < 0 ? n : lineEnd;
            out.append(text, start, end);
            column += end - start;
            writeLineBreak();
            start = end + 1;
        }
    }

    // An indentation indicator when the first line starts with a space or is empty; "-" strips a text without a
    // final line break, "+" keeps more than one.
    private static String blockHints(String text) {
        char first = text.charAt(0);
        boolean indicator = first == ' ' || first == '\n';
        String chomping;
        char last = text.charAt(text.length() - 1);
        if (last != '\n') {
            chomping = "-";
        } else if (text.length() == 1 || text.charAt(text.length() - 2) == '\n') {
            chomping = "+";
        } else {
            chomping = "";
        }
        return indicator ? INDENT + chomping : chomping;
    }

    /** The style Jackson asks SnakeYAML for. */
    enum Requested { PLAIN, DOUBLE_QUOTED, LITERAL }

    /** The style SnakeYAML writes. */
    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

    private static final class Unproven extends RuntimeException {
        static final Unproven INSTANCE = new Unproven();

        private Unproven() {
            super("shape not proven identical to the YAML mapper's", null, false, false);
        }
    }
}
