package dev.obsgen.promql;

/**
 * Turns the input into tokens, one at a time and on demand, following upstream's lexer rule for
 * rule so that the same inputs are accepted and rejected.
 *
 * <p>The parser chooses the mode of the next token: outside braces (keywords known), inside
 * braces (every word is a label name) or inside brackets (a duration expression). Only one
 * token of lookahead exists, always scanned outside braces.
 */
final class Lexer {

    private static final String[][] KEYWORDS = new String[13][];
    private static final int[][] KEYWORD_KINDS = new int[13][];

    static {
        keywords(2, new String[] {"or", "by", "on"}, new int[] {Token.LOR, Token.BY, Token.ON});
        keywords(3, new String[] {"and", "sum", "avg", "min", "max", "end", "inf", "nan"},
                new int[] {
                    Token.LAND, Token.SUM, Token.AVG, Token.MIN, Token.MAX, Token.END, Token.NUMBER, Token.NUMBER,
                });
        keywords(4, new String[] {"bool", "topk", "step"}, new int[] {Token.BOOL, Token.TOPK, Token.STEP});
        keywords(5, new String[] {"atan2", "count", "group", "start"},
                new int[] {Token.ATAN2, Token.COUNT, Token.GROUP, Token.START});
        keywords(6, new String[] {"unless", "stddev", "stdvar", "limitk", "offset"},
                new int[] {Token.LUNLESS, Token.STDDEV, Token.STDVAR, Token.LIMITK, Token.OFFSET});
        keywords(7, new String[] {"without", "bottomk"}, new int[] {Token.WITHOUT, Token.BOTTOMK});
        keywords(8, new String[] {"ignoring", "quantile", "anchored", "smoothed"},
                new int[] {Token.IGNORING, Token.QUANTILE, Token.ANCHORED, Token.SMOOTHED});
        keywords(10, new String[] {"group_left"}, new int[] {Token.GROUP_LEFT});
        keywords(11, new String[] {"group_right", "limit_ratio"}, new int[] {Token.GROUP_RIGHT, Token.LIMIT_RATIO});
        keywords(12, new String[] {"count_values"}, new int[] {Token.COUNT_VALUES});
    }

    private static void keywords(int length, String[] words, int[] kinds) {
        KEYWORDS[length] = words;
        KEYWORD_KINDS[length] = kinds;
    }

    final String input;
    final char[] src;
    private final int length;
    private int pos;
    private int parenDepth;

    /** The current token. */
    int kind;
    int start;
    int end;

    private boolean peeked;
    private int peekKind;
    private int peekStart;
    private int peekEnd;

    Lexer(String input) {
        this.input = input;
        this.src = input.toCharArray();
        this.length = src.length;
    }

    String text() {
        return new String(src, start, end - start);
    }

    /** Whether the current token is the given lower-case word, ignoring case. */
    boolean textEqualsIgnoreCase(String lowerCaseWord) {
        int length = end - start;
        if (length != lowerCaseWord.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Character.toLowerCase(src[start + i]) != lowerCaseWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    String describe() {
        return Token.describe(kind, kind == Token.EOF ? "" : text());
    }

    ParseException error(String reason, int from, int to) {
        return new ParseException(reason, input, from, to);
    }

    /** Moves to the next token scanned outside braces. */
    void next() {
        if (peeked) {
            peeked = false;
            kind = peekKind;
            start = peekStart;
            end = peekEnd;
            return;
        }
        scan();
    }

    /** Moves to the next token scanned as the inside of a {@code {...}} selector. */
    void nextInBraces() {
        scanInBraces();
    }

    /** Moves to the next token scanned as the inside of a {@code [...]} range. */
    void nextInDuration() {
        scanInDuration();
    }

    /** The kind of the token after the current one, scanned outside braces. */
    int peek() {
        if (!peeked) {
            int savedKind = kind;
            int savedStart = start;
            int savedEnd = end;
            scan();
            peekKind = kind;
            peekStart = start;
            peekEnd = end;
            kind = savedKind;
            start = savedStart;
            end = savedEnd;
            peeked = true;
        }
        return peekKind;
    }

    private void token(int tokenKind, int from, int to) {
        kind = tokenKind;
        start = from;
        end = to;
        pos = to;
    }

    private int skipSpaceAndComments(int p) {
        while (p < length) {
            char c = src[p];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                p++;
            } else if (c == '#') {
                while (p < length && src[p] != '\n' && src[p] != '\r') {
                    p++;
                }
            } else {
                break;
            }
        }
        return p;
    }

    private void scan() {
        int p = skipSpaceAndComments(pos);
        if (p >= length) {
            if (parenDepth != 0) {
                throw error("unclosed left parenthesis", p, p);
            }
            token(Token.EOF, p, p);
            return;
        }
        char c = src[p];
        if (scanOperatorOrParen(c, p)) {
            return;
        }
        switch (c) {
            case '@' -> token(Token.AT, p, p + 1);
            case '{' -> token(Token.LEFT_BRACE, p, p + 1);
            case '[' -> token(Token.LEFT_BRACKET, p, p + 1);
            case '=' -> {
                char after = charAt(p + 1);
                if (after == '=') {
                    token(Token.EQLC, p, p + 2);
                } else if (after == '~') {
                    throw error("unexpected character after '=': '~'", p, p + 2);
                } else {
                    token(Token.EQL, p, p + 1);
                }
            }
            case '!' -> {
                if (charAt(p + 1) != '=') {
                    throw error("unexpected character after '!': " + describeChar(p + 1), p, p + 2);
                }
                token(Token.NEQ, p, p + 2);
            }
            case '<' -> {
                if (charAt(p + 1) == '=') {
                    token(Token.LTE, p, p + 2);
                } else if (charAt(p + 1) == '/') {
                    token(Token.TRIM_UPPER, p, p + 2);
                } else {
                    token(Token.LSS, p, p + 1);
                }
            }
            case '>' -> {
                if (charAt(p + 1) == '=') {
                    token(Token.GTE, p, p + 2);
                } else if (charAt(p + 1) == '/') {
                    token(Token.TRIM_LOWER, p, p + 2);
                } else {
                    token(Token.GTR, p, p + 1);
                }
            }
            case '"', '\'' -> token(Token.STRING, p, scanQuoted(p));
            case '`' -> token(Token.STRING, p, scanRaw(p));
            case ']' -> throw error("unexpected right bracket ']'", p, p + 1);
            default -> {
                if (isDigit(c) || (c == '.' && isDigit(charAt(p + 1)))) {
                    scanNumberOrDuration(p);
                } else if (isAlpha(c) || c == ':') {
                    scanWord(p);
                } else {
                    throw error("unexpected character: " + describeChar(p), p, p + 1);
                }
            }
        }
    }

    /**
     * The comma, the arithmetic operators of one character and parentheses, which read the same in an expression and
     * in a duration expression; false for any other character.
     */
    private boolean scanOperatorOrParen(char c, int p) {
        int kind = switch (c) {
            case ',' -> Token.COMMA;
            case '*' -> Token.MUL;
            case '/' -> Token.DIV;
            case '%' -> Token.MOD;
            case '+' -> Token.ADD;
            case '-' -> Token.SUB;
            case '^' -> Token.POW;
            case '(' -> Token.LEFT_PAREN;
            case ')' -> Token.RIGHT_PAREN;
            default -> -1;
        };
        if (kind == Token.LEFT_PAREN) {
            parenDepth++;
        } else if (kind == Token.RIGHT_PAREN && --parenDepth < 0) {
            throw error("unexpected right parenthesis ')'", p, p + 1);
        }
        if (kind >= 0) {
            token(kind, p, p + 1);
        }
        return kind >= 0;
    }

    private void scanWord(int p) {
        int q = p;
        boolean colon = false;
        while (q < length) {
            char d = src[q];
            if (isAlphaNumeric(d)) {
                q++;
            } else if (d == ':') {
                colon = true;
                q++;
            } else {
                break;
            }
        }
        token(colon ? Token.METRIC_IDENTIFIER : keyword(p, q - p), p, q);
    }

    private int keyword(int from, int wordLength) {
        if (wordLength >= KEYWORDS.length || KEYWORDS[wordLength] == null) {
            return Token.IDENTIFIER;
        }
        String[] words = KEYWORDS[wordLength];
        outer:
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            for (int i = 0; i < wordLength; i++) {
                char c = src[from + i];
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if (c != word.charAt(i)) {
                    continue outer;
                }
            }
            return KEYWORD_KINDS[wordLength][w];
        }
        return Token.IDENTIFIER;
    }

    private void scanInBraces() {
        int p = skipSpaceAndComments(pos);
        if (p >= length) {
            throw error("unexpected end of input inside braces", p, p);
        }
        char c = src[p];
        switch (c) {
            case ',' -> token(Token.COMMA, p, p + 1);
            case '"', '\'' -> token(Token.STRING, p, scanQuoted(p));
            case '`' -> token(Token.STRING, p, scanRaw(p));
            case '}' -> token(Token.RIGHT_BRACE, p, p + 1);
            case '=' -> {
                if (charAt(p + 1) == '~') {
                    token(Token.EQL_REGEX, p, p + 2);
                } else {
                    token(Token.EQL, p, p + 1);
                }
            }
            case '!' -> {
                char after = charAt(p + 1);
                if (after == '~') {
                    token(Token.NEQ_REGEX, p, p + 2);
                } else if (after == '=') {
                    token(Token.NEQ, p, p + 2);
                } else {
                    throw error("unexpected character after '!' inside braces: " + describeChar(p + 1), p, p + 2);
                }
            }
            case '{' -> throw error("unexpected left brace '{'", p, p + 1);
            default -> {
                if (!isAlpha(c)) {
                    throw error("unexpected character inside braces: " + describeChar(p), p, p + 1);
                }
                int q = p + 1;
                while (q < length && isAlphaNumeric(src[q])) {
                    q++;
                }
                token(Token.IDENTIFIER, p, q);
            }
        }
    }

    private void scanInDuration() {
        int p = pos;
        while (p < length && (src[p] == ' ' || src[p] == '\t' || src[p] == '\n' || src[p] == '\r')) {
            p++;
        }
        if (p >= length) {
            throw error("unexpected end of input in duration expression", p, p);
        }
        char c = src[p];
        if (scanOperatorOrParen(c, p)) {
            return;
        }
        switch (c) {
            case ']' -> token(Token.RIGHT_BRACKET, p, p + 1);
            case ':' -> token(Token.COLON, p, p + 1);
            default -> {
                if (isDigit(c) || (c == '.' && isDigit(charAt(p + 1)))) {
                    scanNumberOrDuration(p);
                } else if (isAlpha(c)) {
                    int q = p + 1;
                    while (q < length && isAlpha(src[q])) {
                        q++;
                    }
                    DurationExpr.DurationFunction function =
                            DurationExpr.DurationFunction.named(new String(src, p, q - p));
                    if (function == null) {
                        throw error("unexpected character in duration expression: " + describeChar(p), p, p + 1);
                    }
                    int functionKind = switch (function) {
                        case STEP -> Token.STEP;
                        case RANGE -> Token.RANGE;
                        case MIN_OF -> Token.MIN_OF;
                        case MAX_OF -> Token.MAX_OF;
                    };
                    token(functionKind, p, q);
                } else {
                    throw error("unexpected character in duration expression: " + describeChar(p), p, p + 1);
                }
            }
        }
    }

    // Numbers: the same accept/reject decisions as upstream's scanNumber and
    // acceptRemainingDuration, whose quirks (e.g. "0xce" is rejected) decide validity.

    private void scanNumberOrDuration(int p) {
        pos = p;
        if (scanNumber()) {
            token(Token.NUMBER, p, pos);
            return;
        }
        if (acceptRemainingDuration()) {
            token(Token.DURATION, p, pos);
            return;
        }
        int stop = Math.min(length, Math.max(pos, p + 1));
        throw error("bad number or duration syntax: " + Quoting.quote(new String(src, p, stop - p)), p, stop);
    }

    private boolean scanNumber() {
        int initial = pos;
        boolean hex = false;
        if (accept('0') && (accept('x') || accept('X'))) {
            accept('_');
            hex = true;
        }
        accept('.');
        if (pos < length && isDigit(src[pos], hex)) {
            pos++;
        }
        boolean dotConsumed = false;
        boolean exponentConsumed = false;
        while (pos < length && isNumberChar(src[pos], hex)) {
            char c = src[pos];
            if (c == '.' && dotConsumed) {
                pos++;
                return false;
            }
            if ((c == 'e' || c == 'E') && exponentConsumed) {
                pos++;
                return false;
            }
            if (c == '.') {
                pos++;
                dotConsumed = true;
                if (accept('_') || accept('.') || hex) {
                    return false;
                }
                continue;
            }
            if (c == 'e' || c == 'E') {
                pos++;
                exponentConsumed = true;
                if (!accept('+')) {
                    accept('-');
                }
                if (acceptExponentAntiPattern() || pos >= length) {
                    return false;
                }
                continue;
            }
            if (c == '_') {
                pos++;
                if (acceptExponentAntiPattern() || pos >= length) {
                    return false;
                }
                continue;
            }
            while (pos < length && isDigit(src[pos], hex)) {
                pos++;
            }
        }
        if (pos == initial) {
            return false;
        }
        return pos >= length || !isAlphaNumeric(src[pos]);
    }

    private boolean acceptExponentAntiPattern() {
        if (pos < length) {
            char c = src[pos];
            if (c == '.' || c == '_' || c == 'e' || c == 'E') {
                pos++;
                return true;
            }
        }
        return false;
    }

    private boolean acceptRemainingDuration() {
        if (!acceptUnit(true)) {
            return false;
        }
        accept('s');
        while (pos < length && isDigit(src[pos])) {
            while (pos < length && isDigit(src[pos])) {
                pos++;
            }
            if (!acceptUnit(false)) {
                return false;
            }
            accept('s');
        }
        return pos >= length || !isAlphaNumeric(src[pos]);
    }

    private boolean acceptUnit(boolean yearAllowed) {
        if (pos < length) {
            char c = src[pos];
            if (c == 's' || c == 'm' || c == 'h' || c == 'd' || c == 'w' || (yearAllowed && c == 'y')) {
                pos++;
                return true;
            }
        }
        return false;
    }

    private boolean accept(char c) {
        if (pos < length && src[pos] == c) {
            pos++;
            return true;
        }
        return false;
    }

    // Strings.

    private int scanQuoted(int p) {
        char quote = src[p];
        int i = p + 1;
        while (true) {
            if (i >= length) {
                throw error("unterminated quoted string", p, i);
            }
            char c = src[i];
            if (c == quote) {
                return i + 1;
            }
            if (c == '\\') {
                i = scanEscape(i + 1, quote);
            } else if (c == '\n') {
                throw error("unterminated quoted string", p, i);
            } else if (Character.isSurrogate(c)) {
                i = checkSurrogatePair(i);
            } else {
                i++;
            }
        }
    }

    private int scanRaw(int p) {
        int i = p + 1;
        while (true) {
            if (i >= length) {
                throw error("unterminated raw string", p, i);
            }
            char c = src[i];
            if (c == '`') {
                return i + 1;
            }
            i = Character.isSurrogate(c) ? checkSurrogatePair(i) : i + 1;
        }
    }

    /** A lone surrogate is the UTF-16 form of the invalid UTF-8 upstream rejects. */
    private int checkSurrogatePair(int i) {
        if (Character.isHighSurrogate(src[i]) && i + 1 < length && Character.isLowSurrogate(src[i + 1])) {
            return i + 2;
        }
        throw error("invalid UTF-8 rune", i, i + 1);
    }

    /** Validates the escape whose backslash precedes {@code at}; returns the offset after it. */
    private int scanEscape(int at, char quote) {
        if (at >= length) {
            throw error("escape sequence not terminated", at - 1, at);
        }
        char c = src[at];
        int digits;
        int base;
        int max;
        int first;
        switch (c) {
            case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\' -> {
                return at + 1;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                digits = 3;
                base = 8;
                max = 255;
                first = at;
            }
            case 'x' -> {
                digits = 2;
                base = 16;
                max = 255;
                first = at + 1;
            }
            case 'u' -> {
                digits = 4;
                base = 16;
                max = Character.MAX_CODE_POINT;
                first = at + 1;
            }
            case 'U' -> {
                digits = 8;
                base = 16;
                max = Character.MAX_CODE_POINT;
                first = at + 1;
            }
            default -> {
                if (c == quote) {
                    return at + 1;
                }
                throw error("unknown escape sequence " + Quoting.describeRune(c), at - 1, at + 1);
            }
        }
        long value = 0;
        for (int i = first; i < first + digits; i++) {
            if (i >= length) {
                throw error("escape sequence not terminated", at - 1, i);
            }
            int digit = digitValue(src[i]);
            if (digit >= base) {
                throw error("illegal character " + Quoting.describeRune(src[i]) + " in escape sequence", at - 1, i + 1);
            }
            value = value * base + digit;
        }
        if (value > max || (value >= 0xD800 && value < 0xE000)) {
            throw error("escape sequence is an invalid Unicode code point", at - 1, first + digits);
        }
        return first + digits;
    }

    // Character classes, ASCII only as upstream's.

    private char charAt(int p) {
        return p < length ? src[p] : 0;
    }

    private String describeChar(int p) {
        if (p >= length) {
            return "end of input";
        }
        return "'" + src[p] + "'";
    }

    /** 16 for anything that is not an ASCII hex digit, so that it fails every base. */
    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return 16;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigit(char c, boolean hex) {
        return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }

    private static boolean isNumberChar(char c, boolean hex) {
        return isDigit(c, hex) || c == '.' || c == '_' || c == 'e' || c == 'E';
    }

    static boolean isAlpha(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlphaNumeric(char c) {
        return isAlpha(c) || isDigit(c);
    }
}
