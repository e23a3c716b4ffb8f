package dev.obsgen.core.render.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a JSON tree as the YAML that Jackson's YAML mapper writes with our features (block style, MINIMIZE_QUOTES,
 * ALWAYS_QUOTE_NUMBERS_AS_STRINGS, LITERAL_BLOCK_STYLE, INDENT_ARRAYS_WITH_INDICATOR, no line splitting), byte for
 * byte, at a fraction of the cost: SnakeYAML's emitter analyses every character of a scalar through several
 * indirections, and the dashboards' JSON embedded in Kubernetes resources is megabytes of scalar.
 *
 * <p>The layout follows SnakeYAML's emitter state by state (column, indentation, whether the last character was
 * whitespace or indentation), and the scalar style follows Jackson's choice of the requested style and SnakeYAML's
 * analysis of the text. Shapes this class has not been proven on (keys that are empty, multi-line or 128 characters
 * and longer, line breaks other than {@code \n}, a scalar or nothing at the root, big decimals, binary or raw
 * values) are refused with an empty result, and the caller writes that document with the mapper.
 */
public final class YamlEmitter {
    // SnakeYAML writes a key as "? key" once it is this long; Jackson's ALLOW_LONG_KEYS (off) would raise it.
    private static final int MAX_SIMPLE_KEY_LENGTH = 128;
    private static final int INDENT = 2;
    private static final int INDICATOR_INDENT = 2;

    private final StringBuilder out;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;
    private int indent = -1; // -1: none yet (SnakeYAML's null)

    private YamlEmitter(StringBuilder out) {
        this.out = out;
    }

    /** The YAML of the tree, after a {@code # header} line when one is given; empty when the shape is not proven. */
    public static Optional<String> emit(JsonNode document, String header) {
        if (document == null || !document.isContainerNode()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(256);
        if (header != null) {
            out.append("# ").append(header).append('\n');
        }
        try {
            YamlEmitter emitter = new YamlEmitter(out);
            emitter.node(document, false);
            emitter.writeIndent(); // the document's end
        } catch (Unproven e) {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    private void node(JsonNode node, boolean mappingContext) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                emptyFlow('{', '}');
            } else {
                blockMapping(node);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                emptyFlow('[', ']');
            } else {
                blockSequence(node, mappingContext);
            }
        } else {
            scalar(node);
        }
    }

    private void emptyFlow(char open, char close) {
        writeIndicator(open, true, true, false);
        writeIndicator(close, false, false, false);
    }

    private void blockMapping(JsonNode mapping) {
        int saved = indent;
        indent = indent < 0 ? 0 : indent + INDENT;
        Iterator<Map.Entry<String, JsonNode>> fields = mapping.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            writeIndent();
            key(field.getKey());
            writeIndicator(':', false, false, false);
            node(field.getValue(), true);
        }
        indent = saved;
    }

    private void blockSequence(JsonNode sequence, boolean mappingContext) {
        int saved = indent;
        boolean indentless = mappingContext && !indention;
        if (indent < 0) {
            indent = 0;
        } else if (!indentless) {
            indent += INDENT;
        }
        boolean first = true;
        for (JsonNode item : sequence) {
            writeIndent();
            if (first) {
                writeWhitespace(INDICATOR_INDENT);
            }
            writeIndicator('-', true, false, true);
            if (first) {
                indent += INDICATOR_INDENT;
                first = false;
            }
            node(item, false);
        }
        indent = saved;
    }

    private void key(String key) {
        if (key.isEmpty() || key.length() >= MAX_SIMPLE_KEY_LENGTH) {
            throw Unproven.INSTANCE;
        }
        scalar(key, YamlQuoting.needToQuoteName(key) ? Requested.DOUBLE_QUOTED : Requested.PLAIN, true);
    }

    private void scalar(JsonNode node) {
        if (node instanceof TextNode) {
            String text = node.textValue();
            scalar(text, YamlQuoting.requestedForString(text), false);
        } else if (node instanceof IntNode || node instanceof LongNode || node instanceof BigIntegerNode
                || node instanceof DoubleNode || node instanceof FloatNode) {
            // Jackson writes these with String.valueOf (JsonNode.asText is the same text for these node kinds).
            scalar(numberText(node), Requested.PLAIN, false);
        } else if (node instanceof BooleanNode) {
            scalar(node.booleanValue() ? "true" : "false", Requested.PLAIN, false);
        } else if (node instanceof NullNode) {
            scalar("null", Requested.PLAIN, false);
        } else {
            throw Unproven.INSTANCE;
        }
    }

    private static String numberText(JsonNode node) {
        if (node instanceof DoubleNode) {
            return String.valueOf(node.doubleValue());
        }
        if (node instanceof FloatNode) {
            return String.valueOf(node.floatValue());
        }
        if (node instanceof IntNode) {
            return String.valueOf(node.intValue());
        }
        if (node instanceof LongNode) {
            return String.valueOf(node.longValue());
        }
        return node.bigIntegerValue().toString();
    }

    // SnakeYAML's expectScalar: the scalar's own indentation is one step in (a literal block's lines stand there).
    private void scalar(String text, Requested requested, boolean simpleKey) {
        ScalarAnalysis analysis = ScalarAnalysis.of(text);
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
        for (int i = 0; i < length; i++) {
            out.append(' ');
        }
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
