package dev.obsgen.core.render.preview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * SVG text written element by element: attribute values and text escaped for XML, coordinates rounded to a tenth of
 * a pixel and printed the same on every machine, so that the same picture is the same bytes.
 */
final class SvgDocument {
    private final StringBuilder text = new StringBuilder();
    private int depth;

    /** Opens an element; {@code attributes} are name and value pairs, values escaped here. */
    SvgDocument open(String name, Object... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        text.append(">\n");
        depth++;
        return this;
    }

    SvgDocument close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    /** An element without content. */
    SvgDocument empty(String name, Object... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        text.append("/>\n");
        return this;
    }

    /** An element holding text, such as {@code <text>} or {@code <title>}. */
    SvgDocument text(String name, String content, Object... attributes) {
        indent().append('<').append(name);
        attributes(attributes);
        text.append('>').append(escape(content)).append("</").append(name).append(">\n");
        return this;
    }

    /** Text that is already SVG, such as a style sheet written here. */
    SvgDocument raw(String markup) {
        text.append(markup);
        return this;
    }

    String finish() {
        if (depth != 0) {
            throw new IllegalStateException("an SVG element is left open");
        }
        return text.toString();
    }

    private StringBuilder indent() {
        return text.append("  ".repeat(depth));
    }

    private void attributes(Object[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String shown = value instanceof Double d ? coordinate(d) : value.toString();
            text.append(' ').append(attributes[i]).append("=\"").append(escape(shown)).append('"');
        }
    }

    /**
     * The text with XML's five special characters escaped, line breaks and tabs as spaces, and the characters XML
     * 1.0 cannot hold at all (other control characters, lone surrogates) left out.
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coordinate to a tenth, without trailing zeros: {@code 12}, {@code 12.5}. */
    static String coordinate(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a coordinate must be finite, not " + value);
        }
        long tenths = Math.round(value * 10);
        return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
    }

    /**
     * A value as a reader wants it: {@code digits} significant digits, plain between 0.001 and a million, with an
     * exponent outside; NaN and infinities by name.
     */
    static String number(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e6 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value).replaceFirst("\\.?0+e", "e");
        }
        return rounded.toPlainString();
    }
}
