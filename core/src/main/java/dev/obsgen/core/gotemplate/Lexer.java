package dev.obsgen.core.gotemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's template lexer ({@code text/template/parse/lex.go}): text, and actions between the delimiters; trim markers
 * (a minus inside the delimiter with a space on its other side), which drop the spaces around the action;
 * comments, which it drops; and the tokens inside an action. It stops at the first error, which becomes the last
 * token: the parser reports it only when it gets there, so an earlier parse error wins, as in Go.
 */
final class Lexer {
    private static final String LEFT_DELIM = "{{";
    private static final String RIGHT_DELIM = "}}";
    private static final String LEFT_COMMENT = "/*";
    private static final String RIGHT_COMMENT = "*/";
    private static final int TRIM_MARKER_LENGTH = 2;
    private static final int EOF = -1;

    private final String input;
    private final boolean breakIsKeyword;
    private final boolean continueIsKeyword;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int start;
    private boolean atEof;
    private int parenDepth;
    private boolean insideAction;

    private Lexer(String input, boolean breakIsKeyword, boolean continueIsKeyword) {
        this.input = input;
        this.breakIsKeyword = breakIsKeyword;
        this.continueIsKeyword = continueIsKeyword;
    }

    /**
     * Every token up to and including EOF or the first error. {@code break} and {@code continue} are keywords
     * unless the function map defines functions of those names.
     */
    static List<Token> tokens(String input, boolean breakIsKeyword, boolean continueIsKeyword) {
        Lexer lexer = new Lexer(input, breakIsKeyword, continueIsKeyword);
        boolean done = false;
        while (!done) {
            done = lexer.insideAction ? lexer.insideAction() : lexer.text();
        }
        return lexer.tokens;
    }

    // Each state below emits what it scanned and answers whether lexing is over (EOF or an error).

    private boolean text() {
        int x = input.indexOf(LEFT_DELIM, pos);
        if (x < 0) {
            pos = input.length();
            if (pos > start) {
                emit(TokenKind.TEXT);
            }
            emit(TokenKind.EOF);
            return true;
        }
        if (x > pos) {
            pos = x;
            int trim = hasLeftTrimMarker(pos + LEFT_DELIM.length()) ? rightTrimLength(start, pos) : 0;
            pos -= trim;
            if (pos > start) {
                emit(TokenKind.TEXT);
            }
            pos += trim;
            ignore();
        }
        return leftDelim();
    }

    private boolean leftDelim() {
        pos += LEFT_DELIM.length();
        int afterMarker = hasLeftTrimMarker(pos) ? TRIM_MARKER_LENGTH : 0;
        if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
            pos += afterMarker;
            ignore();
            return comment();
        }
        emit(TokenKind.LEFT_DELIM);
        insideAction = true;
        pos += afterMarker;
        ignore();
        parenDepth = 0;
        return false;
    }

    private boolean comment() {
        pos += LEFT_COMMENT.length();
        int x = input.indexOf(RIGHT_COMMENT, pos);
        if (x < 0) {
            return error("unclosed comment");
        }
        pos = x + RIGHT_COMMENT.length();
        int delim = rightDelimAt();
        if (delim < 0) {
            return error("comment ends before closing delimiter");
        }
        pos += delim + RIGHT_DELIM.length();
        if (delim > 0) {
            pos += leftTrimLength(pos);
        }
        ignore();
        return false;
    }

    private boolean rightDelim() {
        boolean trim = rightDelimAt() > 0;
        if (trim) {
            pos += TRIM_MARKER_LENGTH;
            ignore();
        }
        pos += RIGHT_DELIM.length();
        emit(TokenKind.RIGHT_DELIM);
        if (trim) {
            pos += leftTrimLength(pos);
            ignore();
        }
        insideAction = false;
        return false;
    }

    private boolean insideAction() {
        if (rightDelimAt() >= 0) {
            return parenDepth == 0 ? rightDelim() : error("unclosed left paren");
        }
        int r = next();
        if (r == EOF) {
            return error("unclosed action");
        }
        if (isSpace(r)) {
            backup();
            return space();
        }
        switch (r) {
            case '=':
                return emit(TokenKind.ASSIGN);
            case ':':
                return next() == '=' ? emit(TokenKind.DECLARE) : error("expected :=");
            case '|':
                return emit(TokenKind.PIPE);
            case '"':
                return quote();
            case '`':
                return rawQuote();
            case '$':
                return atTerminator() ? emit(TokenKind.VARIABLE) : fieldOrVariable(TokenKind.VARIABLE);
            case '\'':
                return charConstant();
            case '(':
                parenDepth++;
                return emit(TokenKind.LEFT_PAREN);
            case ')':
                parenDepth--;
                return parenDepth < 0 ? error("unexpected right paren") : emit(TokenKind.RIGHT_PAREN);
            default:
                break;
        }
        if (r == '.' && pos < input.length() && (input.charAt(pos) < '0' || input.charAt(pos) > '9')) {
            return fieldOrVariable(TokenKind.FIELD);
        }
        if (r == '.' || r == '+' || r == '-' || r >= '0' && r <= '9') {
            backup();
            return number();
        }
        if (isAlphaNumeric(r)) {
            backup();
            return identifier();
        }
        if (r <= 0x7f && GoText.isPrint(r)) {
            return emit(TokenKind.CHAR);
        }
        return error("unrecognized character in action: " + GoText.describeRune(r));
    }

    /** A run of spaces; the last one may belong to a trim-marked right delimiter ({@code " -}}"}). */
    private boolean space() {
        int spaces = 0;
        while (isSpace(peek())) {
            next();
            spaces++;
        }
        if (hasRightTrimMarker(pos - 1) && input.startsWith(RIGHT_DELIM, pos - 1 + TRIM_MARKER_LENGTH)) {
            backup();
            if (spaces == 1) {
                return rightDelim();
            }
        }
        return emit(TokenKind.SPACE);
    }

    private boolean identifier() {
        if (nameEndsInError()) {
            return true;
        }
        String word = input.substring(start, pos);
        TokenKind keyword = TokenKind.keyword(word);
        if (keyword == TokenKind.BREAK && !breakIsKeyword || keyword == TokenKind.CONTINUE && !continueIsKeyword) {
            return emit(TokenKind.IDENTIFIER);
        }
        if (keyword != null) {
            return emit(keyword);
        }
        return emit(word.equals("true") || word.equals("false") ? TokenKind.BOOL : TokenKind.IDENTIFIER);
    }

    /** {@code .Field} or {@code $name}, the {@code .} or {@code $} already read; alone, a dot or {@code $}. */
    private boolean fieldOrVariable(TokenKind kind) {
        if (atTerminator()) {
            return emit(kind == TokenKind.VARIABLE ? TokenKind.VARIABLE : TokenKind.DOT);
        }
        if (nameEndsInError()) {
            return true;
        }
        return emit(kind);
    }

    /**
     * Reads the rest of a name (keyword, field or variable). The rune after it must be one that may follow a name;
     * if not, the error is emitted and the answer is to stop, as Go's lexer stops there.
     */
    private boolean nameEndsInError() {
        int r;
        do {
            r = next();
        } while (isAlphaNumeric(r));
        backup();
        return !atTerminator() && error("bad character " + GoText.describeRune(r));
    }

    /** What may follow a name: a space, a delimiter of fields or arguments, or the right delimiter. */
    private boolean atTerminator() {
        int r = peek();
        if (isSpace(r)) {
            return true;
        }
        return switch (r) {
            case EOF, '.', ',', '|', ':', ')', '(' -> true;
            default -> input.startsWith(RIGHT_DELIM, pos);
        };
    }

    private boolean charConstant() {
        return quoted('\'', TokenKind.CHAR_CONSTANT, "unterminated character constant");
    }

    /** A string or character constant up to its closing quote, escapes skipped; Go checks them in the parser. */
    private boolean quoted(char close, TokenKind kind, String unterminated) {
        while (true) {
            int r = next();
            if (r == '\\') {
                r = next();
                if (r != EOF && r != '\n') {
                    continue;
                }
            }
            if (r == EOF || r == '\n') {
                return error(unterminated);
            }
            if (r == close) {
                return emit(kind);
            }
        }
    }

    private boolean number() {
        if (!scanNumber()) {
            return error("bad number syntax: " + GoText.quote(input.substring(start, pos)));
        }
        int sign = peek();
        if (sign == '+' || sign == '-') {
            if (!scanNumber() || input.charAt(pos - 1) != 'i') {
                return error("bad number syntax: " + GoText.quote(input.substring(start, pos)));
            }
            return emit(TokenKind.COMPLEX);
        }
        return emit(TokenKind.NUMBER);
    }

    /** Leniently, as Go does: the parser checks the syntax of what this takes. */
    private boolean scanNumber() {
        accept("+-");
        String digits = "0123456789_";
        if (accept("0")) {
            if (accept("xX")) {
                digits = "0123456789abcdefABCDEF_";
            } else if (accept("oO")) {
                digits = "01234567_";
            } else if (accept("bB")) {
                digits = "01_";
            }
        }
        acceptRun(digits);
        if (accept(".")) {
            acceptRun(digits);
        }
        if (digits.length() == 11 && accept("eE")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        if (digits.length() == 23 && accept("pP")) {
            accept("+-");
            acceptRun("0123456789_");
        }
        accept("i");
        if (isAlphaNumeric(peek())) {
            next();
            return false;
        }
        return true;
    }

    private boolean quote() {
        return quoted('"', TokenKind.STRING, "unterminated quoted string");
    }

    private boolean rawQuote() {
        while (true) {
            int r = next();
            if (r == EOF) {
                return error("unterminated raw quoted string");
            }
            if (r == '`') {
                return emit(TokenKind.RAW_STRING);
            }
        }
    }

    /** How many chars of trim marker stand before the right delimiter here: 0, 2, or -1 when no delimiter. */
    private int rightDelimAt() {
        if (hasRightTrimMarker(pos) && input.startsWith(RIGHT_DELIM, pos + TRIM_MARKER_LENGTH)) {
            return TRIM_MARKER_LENGTH;
        }
        return input.startsWith(RIGHT_DELIM, pos) ? 0 : -1;
    }

    private boolean hasLeftTrimMarker(int at) {
        return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
    }

    private boolean hasRightTrimMarker(int at) {
        return at >= 0 && at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-';
    }

    private int rightTrimLength(int from, int to) {
        int end = to;
        while (end > from && isSpace(input.charAt(end - 1))) {
            end--;
        }
        return to - end;
    }

    private int leftTrimLength(int from) {
        int end = from;
        while (end < input.length() && isSpace(input.charAt(end))) {
            end++;
        }
        return end - from;
    }

    private int next() {
        if (pos >= input.length()) {
            atEof = true;
            return EOF;
        }
        int r = input.codePointAt(pos);
        pos += Character.charCount(r);
        return r;
    }

    private int peek() {
        int r = next();
        backup();
        return r;
    }

    private void backup() {
        if (!atEof && pos > 0) {
            pos -= Character.charCount(input.codePointBefore(pos));
        }
    }

    private boolean accept(String valid) {
        int r = next();
        if (r != EOF && valid.indexOf(r) >= 0) {
            return true;
        }
        backup();
        return false;
    }

    private void acceptRun(String valid) {
        int r;
        do {
            r = next();
        } while (r != EOF && valid.indexOf(r) >= 0);
        backup();
    }

    private void ignore() {
        start = pos;
    }

    private boolean emit(TokenKind kind) {
        tokens.add(new Token(kind, start, input.substring(start, pos)));
        start = pos;
        return kind == TokenKind.EOF;
    }

    private boolean error(String message) {
        tokens.add(new Token(TokenKind.ERROR, start, message));
        return true;
    }

    private static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    private static boolean isAlphaNumeric(int r) {
        return r == '_' || r != EOF && (Character.isLetter(r) || Character.isDigit(r));
    }
}
