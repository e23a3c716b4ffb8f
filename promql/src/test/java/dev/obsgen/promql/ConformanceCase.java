package dev.obsgen.promql;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of cases.jsonl: {@code {"expr": "...", "valid": true, "from": "..."}}, read with a
 * reader for exactly the JSON these lines use (flat object, string and boolean values).
 */
record ConformanceCase(int line, String expr, boolean valid, String from) {

    static ConformanceCase parse(int line, String json) {
        Reader reader = new Reader(json);
        String expr = null;
        Boolean valid = null;
        String from = "";
        reader.expect('{');
        while (true) {
            reader.skipSpace();
            if (reader.peek() == '}') {
                break;
            }
            String key = reader.string();
            reader.expect(':');
            reader.skipSpace();
            switch (key) {
                case "expr" -> expr = reader.string();
                case "valid" -> valid = reader.bool();
                case "from" -> from = reader.string();
                default -> reader.value();
            }
            reader.skipSpace();
            if (reader.peek() == ',') {
                reader.expect(',');
            }
        }
        if (expr == null || valid == null) {
            throw new IllegalArgumentException("line " + line + ": missing expr or valid");
        }
        return new ConformanceCase(line, expr, valid, from);
    }

    static List<ConformanceCase> parseAll(List<String> lines) {
        List<ConformanceCase> cases = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                cases.add(parse(i + 1, lines.get(i)));
            }
        }
        return cases;
    }

    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        char peek() {
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        void expect(char c) {
            skipSpace();
            if (peek() != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + pos + " in " + text);
            }
            pos++;
        }

        boolean bool() {
            if (text.startsWith("true", pos)) {
                pos += 4;
                return true;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return false;
            }
            throw new IllegalArgumentException("expected a boolean at " + pos + " in " + text);
        }

        void value() {
            char c = peek();
            if (c == '"') {
                string();
            } else {
                while (pos < text.length() && ",}".indexOf(text.charAt(pos)) < 0) {
                    pos++;
                }
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new IllegalArgumentException("unterminated string in " + text);
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape \\" + e + " in " + text);
                }
            }
        }
    }
}
